package dev.comptoir.customers.credit.boundary;

import dev.comptoir.customers.credit.control.CreditLedger;
import dev.comptoir.customers.credit.entity.CreditReservationView;
import dev.comptoir.customers.credit.entity.ReserveCredit;
import dev.comptoir.kit.ids.Key;
import dev.comptoir.kit.ids.Uuid;
import dev.comptoir.kit.security.CustomersOwn;
import dev.comptoir.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * /customers/{id}/credit-reservations: reserve, release, confirm. Not transactional itself: each
 * attempt is a fresh transaction in {@link CreditLedger}, and an attempt that lost an optimistic-lock
 * race to a concurrent change of the same customer is retried.
 */
@Path("{customerId}/credit-reservations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// Reserving, releasing and confirming credit is the staff's; a customer reads their own reservations.
@RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
public class CreditReservationsResource {

    @Inject
    CreditLedger ledger;

    @POST
    // A lost race costs one short transaction: 50 jittered retries let 50 concurrent callers of a customer through.
    @Retry(retryOn = OptimisticLockException.class, maxRetries = 50, delay = 5, jitter = 20, maxDuration = 30_000)
    @Operation(summary = "Reserves credit for an order")
    @APIResponse(responseCode = "201")
    @APIResponse(responseCode = "200", description = "The same reservation existed")
    @APIResponse(responseCode = "409", description = "The order holds another reservation")
    @APIResponse(responseCode = "422", description = "The credit limit would be exceeded")
    public Response reserve(
            @PathParam("customerId") @Uuid String customerId,
            @Valid @NotNull ReserveCredit command,
            @Context UriInfo uri) {
        CreditLedger.Reserved reserved = ledger.reserve(customerId, command);
        CreditReservationView view = CreditReservationView.of(reserved.reservation());
        if (!reserved.created()) {
            return Response.ok(view).build();
        }
        return Response.created(
                        uri.getAbsolutePathBuilder().path(command.orderId()).build())
                .entity(view)
                .build();
    }

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.OPERATOR, Roles.ADMIN})
    @CustomersOwn("customerId")
    @Operation(summary = "The customer's credit reservations")
    public List<CreditReservationView> list(@PathParam("customerId") @Uuid String customerId) {
        return ledger.list(customerId).stream().map(CreditReservationView::of).toList();
    }

    @GET
    @Path("{orderId}")
    @RolesAllowed({Roles.CUSTOMER, Roles.OPERATOR, Roles.ADMIN})
    @CustomersOwn(value = "customerId", what = "credit-reservation")
    @Operation(summary = "The customer's credit reservation for one order")
    public CreditReservationView get(
            @PathParam("customerId") @Uuid String customerId, @PathParam("orderId") @Key String orderId) {
        return CreditReservationView.of(ledger.get(customerId, orderId));
    }

    @POST
    @Path("{orderId}/release")
    @Retry(retryOn = OptimisticLockException.class, maxRetries = 50, delay = 5, jitter = 20, maxDuration = 30_000)
    @Operation(summary = "Gives back the credit reserved for an order")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = "The reservation cannot move to released from its state")
    public CreditReservationView release(
            @PathParam("customerId") @Uuid String customerId, @PathParam("orderId") @Key String orderId) {
        return CreditReservationView.of(ledger.release(customerId, orderId));
    }

    @POST
    @Path("{orderId}/confirm")
    @Retry(retryOn = OptimisticLockException.class, maxRetries = 50, delay = 5, jitter = 20, maxDuration = 30_000)
    @Operation(summary = "Confirms the credit reserved for an order: it is used")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = "The reservation cannot move to confirmed from its state")
    public CreditReservationView confirm(
            @PathParam("customerId") @Uuid String customerId, @PathParam("orderId") @Key String orderId) {
        return CreditReservationView.of(ledger.confirm(customerId, orderId));
    }
}
