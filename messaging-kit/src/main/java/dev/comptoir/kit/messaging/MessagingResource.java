package dev.comptoir.kit.messaging;

import dev.comptoir.kit.messaging.outbox.Outbox;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code admin/messaging} of a WAR that publishes: how it delivers its messages and how many wait in its outbox.
 * Served where a WAR registers it, by a subclass that gives the path:
 * {@code @Path(MessagingResource.PATH) class OrdersMessagingResource extends MessagingResource {}}.
 *
 * <p>Why a subclass: a class without {@code @Path} is no root resource, so this jar adds no route to a WAR by being
 * in its {@code WEB-INF/lib}, which WildFly's RESTEasy scans like the WAR's own classes; the subclass's methods keep
 * these ones' annotations (JAX-RS 3.1, 3.6), and the OpenAPI document shows them as the WAR's. Not a list in the
 * WAR's {@code Application#getClasses()}: a non-empty list turns the scanning off, for the WAR's own resources too.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class MessagingResource {

    public static final String PATH = "admin/messaging";

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
