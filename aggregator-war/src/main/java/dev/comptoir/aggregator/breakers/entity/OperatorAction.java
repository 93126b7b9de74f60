package dev.comptoir.aggregator.breakers.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an operator can do to a breaker; the forced states win over the automatic one until released. */
public enum OperatorAction {
    /** Refuse every call. */
    FORCE_OPEN,
    /** Let every call through, still counting them. */
    FORCE_CLOSED,
    /** Let every call through, counting nothing. */
    DISABLE,
    /** Give control back to the automatic breaker (closed, with a fresh window). */
    RELEASE,
    /** Closed, with a fresh window, whatever the state was. */
    RESET;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<OperatorAction> of(String label) {
        return Arrays.stream(values()).filter(a -> a.label().equals(label)).findFirst();
    }
}
