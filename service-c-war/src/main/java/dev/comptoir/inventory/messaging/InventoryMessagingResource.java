package dev.comptoir.inventory.messaging;

import dev.comptoir.kit.messaging.MessagingResource;
import jakarta.ws.rs.Path;

/** The kit's {@code admin/messaging}, registered: Inventory publishes, by XA or through its outbox. */
@Path(MessagingResource.PATH)
public class InventoryMessagingResource extends MessagingResource {}
