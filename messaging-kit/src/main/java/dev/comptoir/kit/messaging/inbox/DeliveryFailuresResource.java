package dev.comptoir.kit.messaging.inbox;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code admin/delivery-failures?eventId=}: each failed attempt of this WAR's consumers on one message. Served where
 * a WAR registers it, by a subclass that gives the path ({@link dev.comptoir.kit.messaging.MessagingResource} says
 * why).
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class DeliveryFailuresResource {

    public static final String PATH = "admin/delivery-failures";

    @Inject
    DeliveryFailures failures;

    @GET
    @Operation(summary = "Each failed attempt of this service's consumers on one message")
    public List<Attempt> of(@QueryParam("eventId") @NotBlank String eventId) {
        return failures.of(eventId).stream()
                .map(f -> new Attempt(f.consumer(), f.eventId(), f.attempt(), f.reason(), f.failedAt()))
                .toList();
    }

    public record Attempt(String consumer, String eventId, int attempt, String reason, Instant failedAt) {}
}
