package dev.comptoir.orders.saga.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a saga is run; a request names it in lower case ({@code ?saga=orchestrated}): ORCHESTRATED by Orders
 * over an LRA on WildFly's coordinator, or CHOREOGRAPHED by the services' reactions to each other's events.
 */
public enum SagaStyle {
    ORCHESTRATED,
    CHOREOGRAPHED;

    public static Optional<SagaStyle> named(String name) {
        return Arrays.stream(values())
                .filter(style -> style.name().equalsIgnoreCase(name))
                .findFirst();
    }
}
