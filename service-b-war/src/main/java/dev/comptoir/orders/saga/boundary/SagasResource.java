package dev.comptoir.orders.saga.boundary;

import dev.comptoir.orders.saga.control.Participants;
import dev.comptoir.orders.saga.control.SagaLog;
import dev.comptoir.orders.saga.entity.Saga;
import dev.comptoir.orders.saga.entity.SagaView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** /orders/{id}/saga: the timeline of an order's saga, with each participant's current word on it. */
@Path("{orderId}/saga")
@Produces(MediaType.APPLICATION_JSON)
public class SagasResource {

    @Inject
    SagaLog log;

    @Inject
    Participants participants;

    @GET
    public SagaView get(@PathParam("orderId") String orderId) {
        Saga saga = log.get(orderId);
        Map<String, String> statuses = saga.lraId() == null ? Map.of() : participants.statuses(saga.lraId());
        return SagaView.of(saga, statuses);
    }
}
