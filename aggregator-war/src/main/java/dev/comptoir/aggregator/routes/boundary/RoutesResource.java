package dev.comptoir.aggregator.routes.boundary;

import dev.comptoir.aggregator.routes.control.Routes;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The routes RESTEasy serves in this application: the resource classes WildFly found in the deployment and
 * handed RESTEasy (the {@code resteasy.scanned.resources} context parameter), each method's HTTP method and
 * template. Independent of the OpenAPI scan, so that the two can be held against each other.
 */
@Path("api/admin/routes")
@Produces(MediaType.APPLICATION_JSON)
public class RoutesResource {

    private static final String SCANNED = "resteasy.scanned.resources";

    @Context
    ServletContext servlet;

    @GET
    @Operation(summary = "The routes this gateway serves, as RESTEasy was handed them: each method and path")
    public Set<String> served() throws ClassNotFoundException {
        String scanned = servlet.getInitParameter(SCANNED);
        if (scanned == null) {
            throw new IllegalStateException("WildFly handed RESTEasy no " + SCANNED);
        }
        List<Class<?>> resources = new ArrayList<>();
        for (String name : scanned.split(",")) {
            resources.add(Class.forName(name.strip(), false, RoutesResource.class.getClassLoader()));
        }
        return Routes.of(resources);
    }
}
