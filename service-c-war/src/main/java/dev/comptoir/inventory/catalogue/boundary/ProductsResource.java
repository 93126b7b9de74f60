package dev.comptoir.inventory.catalogue.boundary;

import dev.comptoir.inventory.catalogue.control.ProductRepository;
import dev.comptoir.inventory.catalogue.entity.Product;
import dev.comptoir.inventory.catalogue.entity.ProductForm;
import dev.comptoir.inventory.catalogue.entity.ProductPage;
import dev.comptoir.inventory.catalogue.entity.ProductView;
import dev.comptoir.kit.ids.Sku;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The catalogue: /inventory/products (list, add) and /inventory/products/{sku}. */
@Path("products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class ProductsResource {

    @Inject
    ProductRepository products;

    @GET
    @Operation(summary = "A page of the catalogue")
    public ProductPage list(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return new ProductPage(
                products.page(page, size).stream().map(ProductView::of).toList(), page, size, products.count());
    }

    @POST
    @Operation(summary = "Adds a product to the catalogue")
    @APIResponse(responseCode = "201")
    @APIResponse(responseCode = "409", description = "A product with this SKU exists")
    // Anyone with a token reads the catalogue; only the staff adds to it.
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public Response add(@Valid @NotNull ProductForm form, @Context UriInfo uri) {
        Product product = products.add(new Product(form.sku(), form.name(), form.price(), form.stock()));
        return Response.created(uri.getAbsolutePathBuilder().path(product.sku()).build())
                .entity(ProductView.of(product))
                .build();
    }

    @GET
    @Path("{sku}")
    @Operation(summary = "One product of the catalogue")
    public ProductView get(@PathParam("sku") @Sku String sku) {
        return ProductView.of(products.get(sku));
    }
}
