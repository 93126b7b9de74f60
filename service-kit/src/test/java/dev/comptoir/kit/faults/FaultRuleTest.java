package dev.comptoir.kit.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FaultRuleTest {

    @Test
    void matchesItsMethodAndPathPatternOnly() {
        FaultRule rule = new FaultRule("GET", "products/.*", 10, 0, 0, null);

        assertTrue(rule.matches("get", "products/COFFEE-1KG"));
        assertFalse(rule.matches("POST", "products/COFFEE-1KG"));
        assertFalse(rule.matches("GET", "reservations/o-1"));
        assertEquals(503, rule.status());
    }

    @Test
    void matchesEveryMethodWhenNoneIsNamed() {
        FaultRule rule = new FaultRule(null, ".*", 0, 0, 1, 500);

        assertTrue(rule.matches("DELETE", "anything"));
        assertEquals(500, rule.status());
    }
}
