package dev.comptoir.orders.messaging;

import dev.comptoir.kit.messaging.inbox.DeliveryFailuresResource;
import jakarta.ws.rs.Path;

/** The kit's {@code admin/delivery-failures}, registered: Orders's consumers record their failed attempts. */
@Path(DeliveryFailuresResource.PATH)
public class OrdersDeliveryFailuresResource extends DeliveryFailuresResource {}
