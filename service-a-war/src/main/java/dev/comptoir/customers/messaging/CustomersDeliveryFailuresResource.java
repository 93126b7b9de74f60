package dev.comptoir.customers.messaging;

import dev.comptoir.kit.messaging.inbox.DeliveryFailuresResource;
import jakarta.ws.rs.Path;

/** The kit's {@code admin/delivery-failures}, registered: Customers's consumers record their failed attempts. */
@Path(DeliveryFailuresResource.PATH)
public class CustomersDeliveryFailuresResource extends DeliveryFailuresResource {}
