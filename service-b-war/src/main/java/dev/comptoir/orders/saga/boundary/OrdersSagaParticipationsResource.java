package dev.comptoir.orders.saga.boundary;

import dev.comptoir.kit.saga.SagaParticipationsResource;
import jakarta.ws.rs.Path;

/** The kit's {@code saga/participations/{sagaId}}, registered: Orders runs the sagas and holds no participation of its own: every name answers 404 (no saga participant here); kept, as the services' routes are. */
@Path(SagaParticipationsResource.PATH)
public class OrdersSagaParticipationsResource extends SagaParticipationsResource {}
