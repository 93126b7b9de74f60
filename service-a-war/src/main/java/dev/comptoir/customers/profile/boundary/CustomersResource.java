package dev.comptoir.customers.profile.boundary;

import dev.comptoir.customers.profile.control.CustomerEventPublisher;
import dev.comptoir.customers.profile.control.CustomerRepository;
import dev.comptoir.customers.profile.entity.Customer;
import dev.comptoir.customers.profile.entity.CustomerForm;
import dev.comptoir.customers.profile.entity.CustomerPage;
import dev.comptoir.customers.profile.entity.CustomerView;
import dev.comptoir.kit.ids.Uuid;
import dev.comptoir.kit.security.CustomersOwn;
import dev.comptoir.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Customer profiles: /customers (list, create) and /customers/{id} (read, update). */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
// Listing, registering and changing customers (the credit limit among them) is the staff's; a customer reads their own.
@RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
public class CustomersResource {

    @Inject
    CustomerRepository customers;

    @Inject
    CustomerEventPublisher events;

    @GET
    @Operation(summary = "A page of customers")
    public CustomerPage list(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        List<CustomerView> items =
                customers.page(page, size).stream().map(CustomerView::of).toList();
        return new CustomerPage(items, page, size, customers.count());
    }

    @POST
    @Operation(summary = "Registers a customer")
    @APIResponse(responseCode = "201")
    @APIResponse(responseCode = "409", description = "Another customer has this email")
    public Response create(@Valid @NotNull CustomerForm form, @Context UriInfo uri) {
        Customer customer = customers.add(new Customer(form.name(), form.email(), form.creditLimit()));
        events.registered(customer);
        return Response.created(uri.getAbsolutePathBuilder().path(customer.id()).build())
                .entity(CustomerView.of(customer))
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.OPERATOR, Roles.ADMIN})
    @CustomersOwn("id")
    @Operation(summary = "One customer's profile")
    public CustomerView get(@PathParam("id") @Uuid String id) {
        return CustomerView.of(customers.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Changes a customer's name, email and credit limit")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = "Another customer has this email")
    @APIResponse(responseCode = "422", description = "The credit limit is below the credit in use")
    public CustomerView update(@PathParam("id") @Uuid String id, @Valid @NotNull CustomerForm form) {
        Customer customer = customers.lockForChange(id);
        customers.requireUniqueEmail(form.email(), id);
        customer.rename(form.name(), form.email());
        customer.changeCreditLimit(form.creditLimit());
        events.changed(customer);
        return CustomerView.of(customer);
    }
}
