package dev.comptoir.customers.messaging;

import dev.comptoir.kit.messaging.MessagingResource;
import jakarta.ws.rs.Path;

/** The kit's {@code admin/messaging}, registered: Customers publishes, by XA or through its outbox. */
@Path(MessagingResource.PATH)
public class CustomersMessagingResource extends MessagingResource {}
