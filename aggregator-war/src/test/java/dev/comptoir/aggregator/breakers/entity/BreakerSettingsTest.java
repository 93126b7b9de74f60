package dev.comptoir.aggregator.breakers.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BreakerSettingsTest {

    private static BreakerSettings.Parsed parse(Map<String, String> values) {
        return BreakerSettings.parse(name -> Optional.ofNullable(values.get(name)));
    }

    @Test
    void withNothingSetIsASimpleBreakerOnACountWindow() {
        BreakerSettings settings = parse(Map.of()).settings();

        assertEquals(Variant.SIMPLE, settings.variant());
        assertEquals(Variant.Engine.MICROPROFILE, settings.variant().engine);
        assertEquals("count", settings.window());
        assertEquals(10, settings.windowSize());
        assertEquals(5_000, settings.openMs());
    }

    @Test
    void isConfiguredByTheKebabCaseFormOfEachName() {
        assertEquals("window-size", BreakerSettings.configName("windowSize"));
        assertEquals("latency-margin-ms", BreakerSettings.configName("latencyMarginMs"));
        assertEquals("variant", BreakerSettings.configName("variant"));
    }

    @Test
    void choosesTheVariantByItsLabelAndItsEngineWithIt() {
        assertEquals(Variant.GAUGE, parse(Map.of("variant", "gauge")).settings().variant());
        assertEquals(Variant.Engine.RESILIENCE4J, Variant.of("timed").orElseThrow().engine);
        assertEquals(Variant.Engine.MICROPROFILE, Variant.of("counter").orElseThrow().engine);
        assertTrue(Variant.of("GAUGE").isEmpty(), "labels are lower case");
    }

    @Test
    void namesEveryValueThatIsWrongAndGivesNoSettings() {
        BreakerSettings.Parsed parsed = parse(Map.of(
                "variant", "clever",
                "window", "sliding",
                "windowSize", "2.5",
                "failureRate", "0",
                "openMs", "soon"));

        assertNull(parsed.settings());
        assertEquals(
                Map.of(
                        "variant", "is not one of simple, timed, counter, gauge, adaptive, manual",
                        "window", "is neither count nor time",
                        "windowSize", "must be a whole number",
                        "failureRate", "must be between 1 and 100",
                        "openMs", "is not a number: soon"),
                parsed.violations());
    }

    @Test
    void refusesALongestOpenTimeBelowTheShortest() {
        BreakerSettings.Parsed parsed = parse(Map.of("openMs", "10000", "maxOpenMs", "9999"));

        assertNull(parsed.settings());
        assertEquals(Map.of("maxOpenMs", "is below openMs"), parsed.violations());
        assertEquals(
                10_000,
                parse(Map.of("openMs", "10000", "maxOpenMs", "10000"))
                        .settings()
                        .maxOpenMs());
    }

    @Test
    void showsOnlyTheThresholdsOfItsVariant() {
        Map<String, Object> timed = parse(Map.of("variant", "timed")).settings().thresholds();
        assertFalse(timed.containsKey("halfOpenCalls"), "the timed breaker makes no trial calls");
        assertFalse(timed.containsKey("slowCallMs"), "slow calls are off");

        Map<String, Object> gauge = parse(Map.of("variant", "gauge", "slowCallMs", "200"))
                .settings()
                .thresholds();
        assertEquals(200L, gauge.get("slowCallMs"));
        assertTrue(gauge.containsKey("halfOpenCalls"));

        Map<String, Object> adaptive =
                parse(Map.of("variant", "adaptive")).settings().thresholds();
        assertTrue(adaptive.containsKey("warmupCalls"));
        assertFalse(adaptive.containsKey("failureRate"));
    }

    @Test
    void givesMicroProfileBreakersTheSettingsTheirAnnotationWouldHold() {
        Map<String, String> course = Map.of(
                "windowSize", "4", "failureRate", "50", "openMs", "2000", "halfOpenCalls", "2", "slowCallMs", "300");

        Map<String, Object> simple = parse(with(course, "simple")).settings().thresholds();
        assertEquals(Map.of("windowSize", 4, "failureRate", 50f, "openMs", 2000L, "halfOpenCalls", 2), simple);

        Map<String, Object> counter = parse(with(course, "counter")).settings().thresholds();
        assertEquals(
                Map.of("windowSize", 4, "openMs", 2000L, "halfOpenCalls", 2),
                counter,
                "a counter trips on a whole window of failures: no rate to set, and no slow calls in MicroProfile");
    }

    private static Map<String, String> with(Map<String, String> values, String variant) {
        Map<String, String> all = new HashMap<>(values);
        all.put("variant", variant);
        return all;
    }

    @Test
    void listsTheNamesItDoesNotKnow() {
        assertEquals(List.of("openMS"), BreakerSettings.unknown(List.of("variant", "openMS", "openMs")));
    }
}
