package dev.comptoir.aggregator.discovery.boundary;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.aggregator.discovery.control.ServiceInstance;
import dev.comptoir.aggregator.discovery.control.ServicePool;
import dev.comptoir.aggregator.discovery.control.ServiceRegistry;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The service registry as the aggregator sees it now: read-only, open like the breakers' view, for dashboards. */
@Path("api/admin/services")
@Produces(MediaType.APPLICATION_JSON)
public class ServicesResource {

    @Inject
    ServiceRegistry registry;

    @GET
    @Operation(
            summary =
                    "The service registry as the gateway sees it now: each service's instances, their health and load")
    public JsonArray all() {
        JsonArrayBuilder all = JSON.createArrayBuilder();
        registry.pools().forEach(pool -> all.add(json(pool)));
        return all.build();
    }

    @GET
    @Path("{service}")
    @Operation(
            summary =
                    "One service's instances as the registry sees them now: health, outstanding calls, picks and failures")
    public JsonObject one(@PathParam("service") String service) {
        return json(registry.pool(service));
    }

    private static JsonObject json(ServicePool pool) {
        JsonArrayBuilder instances = JSON.createArrayBuilder();
        for (ServiceInstance instance : pool.instances()) {
            JsonObjectBuilder json = JSON.createObjectBuilder()
                    .add("url", instance.url().toString())
                    .add("health", instance.health().name())
                    .add("outstanding", instance.outstanding())
                    .add("picks", instance.picks())
                    .add("failures", instance.failures());
            if (instance.lastCheck() != null) {
                json.add("lastCheck", instance.lastCheck().toString());
            }
            if (instance.lastProblem() != null) {
                json.add("lastProblem", instance.lastProblem());
            }
            instances.add(json);
        }
        return JSON.createObjectBuilder()
                .add("service", pool.service())
                .add("balancing", pool.balancing().label())
                .add("instances", instances)
                .build();
    }
}
