package dev.comptoir.kit.security;

import jakarta.json.JsonString;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who a request's caller acts for: a customer's token for that customer only, the other roles for anyone. */
public final class Callers {

    /** The claim of a customer's token that names their customer id. */
    public static final String CUSTOMER_ID = "customer_id";

    private Callers() {}

    /** Whether the caller may act for this customer: a customer only for themselves, the other roles for anyone. */
    public static boolean mayActFor(SecurityContext security, String customerId) {
        return !actsForThemselvesOnly(security) || (customerId != null && customerId.equals(customerId(security)));
    }

    /** A customer's token, with none of the roles that act for anyone. */
    static boolean actsForThemselvesOnly(SecurityContext security) {
        return security.isUserInRole(Roles.CUSTOMER)
                && !security.isUserInRole(Roles.OPERATOR)
                && !security.isUserInRole(Roles.ADMIN)
                && !security.isUserInRole(Roles.SERVICE);
    }

    /** The {@code customer_id} of the caller's token; SmallRye JWT gives a claim of its own as a JSON value. */
    public static String customerId(SecurityContext security) {
        Object claim = security.getUserPrincipal() instanceof JsonWebToken token ? token.getClaim(CUSTOMER_ID) : null;
        return claim instanceof JsonString json ? json.getString() : claim == null ? null : claim.toString();
    }
}
