package dev.comptoir.ear.fuzz;

import dev.comptoir.testing.Tokens;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;

/** Who a generated request claims to be: no token, a token the server must refuse, or a valid one of a role. */
enum Caller {
    NONE,
    EXPIRED,
    FORGED,
    OTHER_ISSUER,
    UNSIGNED,
    CUSTOMER,
    OPERATOR,
    ADMIN;

    private static final PrivateKey FOREIGN_KEY = foreignKey();

    /** The {@code Authorization} header's value for this caller, or null; a customer's token names its id. */
    String authorization(String customerId) {
        long now = Instant.now().getEpochSecond();
        String token = switch (this) {
            case NONE -> null;
            case EXPIRED ->
                Tokens.sign(Tokens.claims("fuzz-admin", "admin")
                        .add("iat", now - 3600)
                        .add("exp", now - 600)
                        .build());
            case FORGED -> Tokens.sign(Tokens.claims("fuzz-admin", "admin").build(), FOREIGN_KEY);
            case OTHER_ISSUER ->
                Tokens.sign(Tokens.claims("fuzz-admin", "admin")
                        .add("iss", "https://elsewhere.example/issuer")
                        .build());
            case UNSIGNED ->
                Tokens.unsigned(Tokens.claims("fuzz-admin", "admin").build());
            case CUSTOMER -> Tokens.customer(customerId);
            case OPERATOR ->
                Tokens.sign(Tokens.claims("fuzz-operator", "operator").build());
            case ADMIN -> Tokens.sign(Tokens.claims("fuzz-admin", "admin").build());
        };
        return token == null ? null : "Bearer " + token;
    }

    boolean authenticated() {
        return ordinal() >= CUSTOMER.ordinal();
    }

    private static PrivateKey foreignKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
