package dev.comptoir.customers.credit.boundary;

import dev.comptoir.kit.saga.SagaParticipationsResource;
import jakarta.ws.rs.Path;

/** The kit's {@code saga/participations/{sagaId}}, registered: Customers takes part in both sagas by its credit reservations. */
@Path(SagaParticipationsResource.PATH)
public class CustomersSagaParticipationsResource extends SagaParticipationsResource {}
