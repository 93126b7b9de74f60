package dev.comptoir.aggregator.breakers.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The course's six circuit breakers, and the library each one runs on. */
public enum Variant {
    /** Closed, open after failures, half-open after a delay, closed after successful trial calls. */
    SIMPLE(Engine.MICROPROFILE),
    /** Open for a set time, then closed again by itself, with no trial calls. */
    TIMED(Engine.RESILIENCE4J),
    /** Open after N consecutive failures. */
    COUNTER(Engine.MICROPROFILE),
    /** Open when the failure (or slow-call) percentage over a sliding window passes a threshold. */
    GAUGE(Engine.RESILIENCE4J),
    /** Open on a deviation from a baseline learned on line; the open time backs off on repeated trips. */
    ADAPTIVE(Engine.RESILIENCE4J),
    /** What an operator forces: open, closed or disabled, over an automatic breaker underneath. */
    MANUAL(Engine.RESILIENCE4J);

    public enum Engine {
        MICROPROFILE("microprofile-fault-tolerance"),
        RESILIENCE4J("resilience4j");

        public final String label;

        Engine(String label) {
            this.label = label;
        }
    }

    public final Engine engine;

    Variant(Engine engine) {
        this.engine = engine;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Variant> of(String label) {
        return Arrays.stream(values()).filter(v -> v.label().equals(label)).findFirst();
    }
}
