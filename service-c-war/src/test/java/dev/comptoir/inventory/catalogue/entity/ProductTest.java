package dev.comptoir.inventory.catalogue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.comptoir.kit.problem.ProblemException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProductTest {

    private final Product mug = new Product("MUG", "Mug", new BigDecimal("8.50"), 3);

    @Test
    void takesStockDownToZeroAndPutsItBack() {
        mug.take(3);
        assertEquals(0, mug.stock());

        mug.putBack(2);
        assertEquals(2, mug.stock());
    }

    @Test
    void refusesToTakeMoreThanItHoldsAndKeepsItsStock() {
        ProblemException refusal = assertThrows(ProblemException.class, () -> mug.take(4));

        assertEquals(422, refusal.problem().status());
        assertEquals(
                "urn:comptoir:problem:insufficient-stock", refusal.problem().type());
        assertEquals("MUG", refusal.problem().extensions().get("sku").toString().replace("\"", ""));
        assertEquals(3, mug.stock());
    }
}
