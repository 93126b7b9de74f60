package dev.comptoir.kit.messaging;

import java.util.Locale;
import org.eclipse.microprofile.config.Config;

/** How a service makes its messages commit with its database change; chosen per service by configuration. */
public enum Delivery {
    /** Sent in the business JTA transaction through the XA pooled connection factory: one two-phase commit. */
    XA,
    /** Written to the service's outbox table in the business transaction, sent afterwards by the relay. */
    OUTBOX;

    /** {@code comptoir.<service>.delivery} ({@code xa} or {@code outbox}), e.g. -Dcomptoir.orders.delivery=outbox. */
    public static Delivery configured(Config config, String service, Delivery otherwise) {
        return config.getOptionalValue("comptoir." + service + ".delivery", String.class)
                .map(name -> valueOf(name.toUpperCase(Locale.ROOT)))
                .orElse(otherwise);
    }
}
