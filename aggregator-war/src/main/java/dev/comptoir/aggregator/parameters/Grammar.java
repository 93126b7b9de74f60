package dev.comptoir.aggregator.parameters;

/**
 * What the services' ids look like, for {@code @Pattern} on the routes' path parameters and on bodies.
 * Customers, orders and queued commands are named by UUIDs (each service makes them with
 * {@code java.util.UUID}); products by SKUs as Inventory takes them, without the dot segments "." and "..".
 */
public final class Grammar {

    public static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    public static final String SKU = "(?!\\.{1,2}$)[A-Za-z0-9._-]{1,64}";

    private Grammar() {}
}
