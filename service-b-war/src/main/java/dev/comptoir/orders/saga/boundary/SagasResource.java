package dev.comptoir.orders.saga.boundary;

import dev.comptoir.kit.ids.Uuid;
import dev.comptoir.kit.saga.SagaParticipations;
import dev.comptoir.kit.security.CustomersOwn;
import dev.comptoir.kit.security.Roles;
import dev.comptoir.orders.placement.control.OrderOwners;
import dev.comptoir.orders.saga.control.Participants;
import dev.comptoir.orders.saga.control.SagaLog;
import dev.comptoir.orders.saga.entity.Saga;
import dev.comptoir.orders.saga.entity.SagaStyle;
import dev.comptoir.orders.saga.entity.SagaView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * /orders/{id}/saga: the timeline of an order's saga, with each participant's current word on it: asked of
 * the coordinator's participants (their @Status) for an orchestrated saga, of each participant's own record
 * for a choreographed one; each participant's own record (failed attempts, parked or not, operators'
 * actions) for both.
 */
@Path("{orderId}/saga")
@Produces(MediaType.APPLICATION_JSON)
public class SagasResource {

    @Inject
    SagaLog log;

    @Inject
    Participants participants;

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.OPERATOR, Roles.ADMIN})
    @CustomersOwn(value = "orderId", what = "saga", owners = OrderOwners.class)
    @Operation(summary = "The timeline of an order's saga, with each participant's current word on it")
    public SagaView get(@PathParam("orderId") @Uuid String orderId) {
        Saga saga = log.get(orderId);
        if (saga.style() == SagaStyle.CHOREOGRAPHED) {
            return view(saga, SagaParticipations.choreographed(orderId), null);
        }
        if (saga.lraId() == null) {
            return SagaView.of(saga, Map.of(), Map.of());
        }
        return view(saga, SagaParticipations.orchestrated(orderId), saga.lraId());
    }

    private SagaView view(Saga saga, String sagaId, String lraId) {
        Map<String, JsonObject> records = participants.participations(sagaId, lraId);
        return SagaView.of(saga, Participants.statusesOf(records), records);
    }
}
