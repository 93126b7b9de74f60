package dev.comptoir.kit.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void writesTheFourRfc9457MembersAndExtensions() {
        JsonObject json = Problem.of(422, "insufficient-stock", "Insufficient stock", "Only 3 of SKU-1 left")
                .with("sku", Json.createValue("SKU-1"))
                .toJson();

        assertEquals("urn:comptoir:problem:insufficient-stock", json.getString("type"));
        assertEquals("Insufficient stock", json.getString("title"));
        assertEquals(422, json.getInt("status"));
        assertEquals("Only 3 of SKU-1 left", json.getString("detail"));
        assertEquals("SKU-1", json.getString("sku"));
    }

    @Test
    void namesAnUnknownIdInTheNotFoundProblem() {
        Problem problem = ProblemException.notFound("customer", "42").problem();

        assertEquals(404, problem.status());
        assertEquals("urn:comptoir:problem:customer-not-found", problem.type());
        assertEquals("No customer with id 42", problem.detail());
    }
}
