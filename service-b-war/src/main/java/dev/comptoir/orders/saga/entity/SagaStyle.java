package dev.comptoir.orders.saga.entity;

import java.util.Arrays;
import java.util.Optional;

/** How a saga is run; a request names it in lower case ({@code ?saga=orchestrated}). */
public enum SagaStyle {
    ORCHESTRATED;

    public static Optional<SagaStyle> named(String name) {
        return Arrays.stream(values())
                .filter(style -> style.name().equalsIgnoreCase(name))
                .findFirst();
    }
}
