package dev.comptoir.aggregator.routes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutesTest {

    @Path("api/things/")
    static class Things {
        @GET
        public String all() {
            return "";
        }

        @PATCH
        @Path("/{id: [0-9]+}/parts")
        public String patch() {
            return "";
        }

        public String notARoute() {
            return "";
        }
    }

    @Test
    void listsEachResourceMethodWithItsHttpMethodAndTemplateAsOpenApiWritesIt() {
        assertEquals(Set.of("GET /api/things", "PATCH /api/things/{id}/parts"), Routes.of(List.of(Things.class)));
    }

    @Test
    void joinsTheSlashesOfClassAndMethodPaths() {
        assertEquals("/", Routes.template("/", ""));
        assertEquals("/api/a/{id}", Routes.template("/api/a/", "/{id}"));
    }

    @Test
    void namesAMatchedResourceMethodByItsTemplateWithoutItsRegex() throws NoSuchMethodException {
        assertEquals("/api/things/{id}/parts", Routes.template(Things.class, Things.class.getMethod("patch")));
        assertEquals("/api/things", Routes.template(Things.class, Things.class.getMethod("all")));
    }
}
