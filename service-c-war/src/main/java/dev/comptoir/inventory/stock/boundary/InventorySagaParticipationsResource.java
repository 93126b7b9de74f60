package dev.comptoir.inventory.stock.boundary;

import dev.comptoir.kit.saga.SagaParticipationsResource;
import jakarta.ws.rs.Path;

/** The kit's {@code saga/participations/{sagaId}}, registered: Inventory takes part in both sagas by its stock reservations. */
@Path(SagaParticipationsResource.PATH)
public class InventorySagaParticipationsResource extends SagaParticipationsResource {}
