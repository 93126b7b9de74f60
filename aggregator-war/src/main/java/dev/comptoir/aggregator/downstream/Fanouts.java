package dev.comptoir.aggregator.downstream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Opens a {@link Fanout} per request, with the configured deadline and per-call timeout. */
@ApplicationScoped
public class Fanouts {

    @Inject
    @ConfigProperty(name = "comptoir.gateway.composition.deadline-ms", defaultValue = "5000")
    long deadlineMillis;

    @Inject
    @ConfigProperty(name = "comptoir.gateway.composition.call-timeout-ms", defaultValue = "2000")
    long callTimeoutMillis;

    @Inject
    LastGood lastGood;

    public Fanout begin() {
        return new Fanout(Instant.now().plusMillis(deadlineMillis), callTimeoutMillis, lastGood);
    }
}
