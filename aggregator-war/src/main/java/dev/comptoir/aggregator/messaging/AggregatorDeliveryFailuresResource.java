package dev.comptoir.aggregator.messaging;

import dev.comptoir.kit.messaging.inbox.DeliveryFailuresResource;
import jakarta.ws.rs.Path;

/**
 * The kit's {@code admin/delivery-failures}, registered: the read model's listeners record their failed attempts.
 * Not the kit's {@code admin/messaging} (the aggregator publishes nothing) nor saga participations (it takes part in
 * no saga).
 */
@Path(DeliveryFailuresResource.PATH)
public class AggregatorDeliveryFailuresResource extends DeliveryFailuresResource {}
