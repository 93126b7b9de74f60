package dev.comptoir.inventory.demand.boundary;

import dev.comptoir.inventory.demand.entity.DemandView;
import dev.comptoir.inventory.demand.entity.ProductDemand;
import dev.comptoir.kit.ids.Sku;
import dev.comptoir.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** /inventory/demand/{sku}: units ordered, as the order-events subscription counted them. */
@Path("demand")
@Produces(MediaType.APPLICATION_JSON)
// The warehouse's business: the staff's.
@RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
public class DemandResource {

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @GET
    @Path("{sku}")
    @Operation(summary = "Units ordered of a product, as the order-events subscription counted them")
    public DemandView get(@PathParam("sku") @Sku String sku) {
        ProductDemand demand = em.find(ProductDemand.class, sku);
        return demand == null ? new DemandView(sku, 0, 0) : DemandView.of(demand);
    }
}
