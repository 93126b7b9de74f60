package dev.comptoir.inventory.messaging;

import dev.comptoir.kit.messaging.inbox.DeliveryFailuresResource;
import jakarta.ws.rs.Path;

/** The kit's {@code admin/delivery-failures}, registered: Inventory's consumers record their failed attempts. */
@Path(DeliveryFailuresResource.PATH)
public class InventoryDeliveryFailuresResource extends DeliveryFailuresResource {}
