package dev.comptoir.kit.security;

/**
 * The roles of Comptoir's tokens (their {@code groups}), as the WARs' {@code web.xml} and {@code @RolesAllowed}
 * name them. A customer acts only for themselves ({@link CustomersOwn}); an operator and an admin on anything; a
 * service account only where a service acts for no one caller (Orders' saga reserving credit and stock).
 */
public final class Roles {

    public static final String CUSTOMER = "customer";
    public static final String OPERATOR = "operator";
    public static final String ADMIN = "admin";
    public static final String SERVICE = "service";

    private Roles() {}
}
