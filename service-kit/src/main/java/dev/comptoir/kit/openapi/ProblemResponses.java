package dev.comptoir.kit.openapi;

import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error statuses every operation can answer because of what stands in front of its resource
 * method, so that a hundred methods do not each repeat them: 401 (the token, checked by the container before
 * Jakarta REST) on every operation, and 403 (its roles) on every one but the open ones
 * ({@code comptoir.openapi.open-paths}, a regular expression over the document's paths); 400 where a parameter or
 * a body can be malformed or invalid (Bean Validation, an unreadable body); 415 where a write is sent a body of
 * another type than JSON; 404 where a path parameter names something that may not exist, or a path or query
 * parameter cannot be read as its type. Every error response, these and those a method declares
 * with {@code @APIResponse}, is an {@code application/problem+json} document of the one {@code Problem} schema,
 * unless the method's {@code @APIResponse} gives the body's content itself (readiness' 503 in MicroProfile Health's
 * shape).
 * Why a filter rather than annotations: these statuses follow from the route's shape (secured, parameters, a
 * write), which the document already holds; a WAR's subclass adds the statuses of its own filters.
 */
public class ProblemResponses implements OASFilter {

    /** Where the schema of every problem document is, in the document's components. */
    public static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    private static final String PROBLEM_JSON = "application/problem+json";

    private final Pattern openPaths =
            Pattern.compile(ConfigProvider.getConfig(getClass().getClassLoader())
                    .getOptionalValue("comptoir.openapi.open-paths", String.class)
                    .orElse(".*/health/ready"));

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        api.setComponents(components.addSchema("Problem", problemSchema()));
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> {
            if (item.getOperations() != null) {
                item.getOperations().forEach((method, operation) -> document(path, method, operation));
            }
        });
    }

    /** The statuses the route's shape implies; a subclass adds those of its WAR's own filters. */
    protected Set<Integer> statuses(String path, PathItem.HttpMethod method, Operation operation) {
        Set<Integer> statuses = new TreeSet<>();
        // A token that is sent must be valid, also where none is needed.
        statuses.add(401);
        if (!openPaths.matcher(path).matches()) {
            statuses.add(403);
        }
        if (writes(method)
                || operation.getParameters() != null
                        && !operation.getParameters().isEmpty()) {
            statuses.add(400);
        }
        if (writes(method)) {
            statuses.add(415);
        }
        // A path parameter may name nothing; a path or query parameter that cannot be read as its Java type is a
        // 404 too, as Jakarta REST prescribes.
        if (hasParameterIn(operation, Parameter.In.PATH) || hasParameterIn(operation, Parameter.In.QUERY)) {
            statuses.add(404);
        }
        return statuses;
    }

    /** A method that takes a body. */
    protected static boolean writes(PathItem.HttpMethod method) {
        return method == PathItem.HttpMethod.POST
                || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH;
    }

    private static boolean hasParameterIn(Operation operation, Parameter.In where) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(parameter -> parameter.getIn() == where);
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses =
                operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        for (int status : statuses(path, method, operation)) {
            if (!responses.hasAPIResponse(String.valueOf(status))) {
                responses.addAPIResponse(
                        String.valueOf(status),
                        OASFactory.createAPIResponse()
                                .description(
                                        Response.Status.fromStatusCode(status) == null
                                                ? "Error"
                                                : Response.Status.fromStatusCode(status)
                                                        .getReasonPhrase()));
            }
        }
        responses.getAPIResponses().forEach((status, response) -> {
            boolean declaredItsBody = response.getContent() != null
                    && response.getContent().getMediaTypes() != null
                    && !response.getContent().getMediaTypes().isEmpty();
            if ((status.startsWith("4") || status.startsWith("5")) && !declaredItsBody) {
                asProblem(response);
            }
        });
    }

    private static void asProblem(APIResponse response) {
        response.setContent(OASFactory.createContent()
                .addMediaType(
                        PROBLEM_JSON,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
    }

    /** RFC 9457's members, as the kit's {@code Problem} writes them; extensions are allowed. */
    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem document")
                .addProperty(
                        "type", string("A URI naming the kind of problem, e.g. urn:comptoir:problem:order-not-found"))
                .addProperty("title", string("A short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", string("What was wrong with this request"))
                .required(java.util.List.of("type", "title", "status"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
