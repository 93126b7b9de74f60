package dev.comptoir.kit.messaging;

import dev.comptoir.kit.messaging.outbox.Outbox;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code admin/messaging} of each service: how it delivers its messages and how many wait in its outbox. */
@Path("admin/messaging")
@Produces(MediaType.APPLICATION_JSON)
public class MessagingResource {

    @Inject
    Delivery delivery;

    @Inject
    Outbox outbox;

    @GET
    @Operation(summary = "How this service delivers its messages and how many wait in its outbox")
    public State get() {
        return new State(delivery, outbox.backlog());
    }

    public record State(Delivery delivery, long outboxBacklog) {}
}
