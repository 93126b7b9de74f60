package dev.comptoir.orders.commands.boundary;

import dev.comptoir.kit.ids.Uuid;
import dev.comptoir.kit.security.CustomersOwn;
import dev.comptoir.kit.security.Roles;
import dev.comptoir.orders.commands.control.CommandOwners;
import dev.comptoir.orders.commands.control.OrderCommands;
import dev.comptoir.orders.commands.entity.CommandView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** /orders/commands/{id}: the status URL of an order placed with {@code Prefer: respond-async}. */
@Path("commands")
@Produces(MediaType.APPLICATION_JSON)
public class CommandsResource {

    @Inject
    OrderCommands commands;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.OPERATOR, Roles.ADMIN})
    @CustomersOwn(value = "id", what = "command", owners = CommandOwners.class)
    @Operation(summary = "A queued order's status: the status URL of an order placed with Prefer: respond-async")
    public CommandView status(@PathParam("id") @Uuid String id) {
        return commands.statusOf(id);
    }
}
