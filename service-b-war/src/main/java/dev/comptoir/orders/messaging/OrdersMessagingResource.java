package dev.comptoir.orders.messaging;

import dev.comptoir.kit.messaging.MessagingResource;
import jakarta.ws.rs.Path;

/** The kit's {@code admin/messaging}, registered: Orders publishes, by XA or through its outbox. */
@Path(MessagingResource.PATH)
public class OrdersMessagingResource extends MessagingResource {}
