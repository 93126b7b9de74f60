package dev.comptoir.customers.activity.boundary;

import dev.comptoir.customers.activity.entity.ActivityView;
import dev.comptoir.customers.activity.entity.CustomerActivity;
import dev.comptoir.customers.profile.control.CustomerRepository;
import dev.comptoir.kit.ids.Uuid;
import dev.comptoir.kit.security.CustomersOwn;
import dev.comptoir.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** /customers/{id}/activity: what the order-events subscription has counted for a customer. */
@Path("{customerId}/activity")
@Produces(MediaType.APPLICATION_JSON)
public class ActivityResource {

    @Inject
    CustomerRepository customers;

    @PersistenceContext(unitName = "customers")
    EntityManager em;

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.OPERATOR, Roles.ADMIN})
    @CustomersOwn("customerId")
    @Operation(
            summary =
                    "What the order-events subscription has counted for a customer: orders placed, units, the last order's time")
    public ActivityView get(@PathParam("customerId") @Uuid String customerId) {
        customers.get(customerId);
        CustomerActivity activity = em.find(CustomerActivity.class, customerId);
        return activity == null ? new ActivityView(customerId, 0, 0, null) : ActivityView.of(activity);
    }
}
