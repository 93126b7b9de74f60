package dev.comptoir.aggregator.routes.control;

import dev.comptoir.kit.openapi.ProblemResponses;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * The kit's documented error statuses, and those the gateway's own filters add (docs/patterns/02-api-gateway.md): 400
 * on every route (ids checked against their grammar, unknown query parameters refused); 413 on every write
 * ({@code BodyLimitFilter} refuses any body over the limit); 429 where the rate limits apply (every route of
 * {@code /api} and {@code /bff} but the operators' {@code /api/admin}); 503 where a service is called (its breaker
 * open, no answer, a 5xx).
 */
public class GatewayProblemResponses extends ProblemResponses {

    private static final Pattern RATE_LIMITED = Pattern.compile("/(api/(?!admin/).*|bff/.*)");
    private static final Pattern CALLS_A_SERVICE =
            Pattern.compile("/(api/(customers|orders|aggregate|v1/orders|v2/orders)(/.*)?|bff/.*)");

    @Override
    protected Set<Integer> statuses(String path, PathItem.HttpMethod method, Operation operation) {
        Set<Integer> statuses = super.statuses(path, method, operation);
        statuses.add(400);
        if (writes(method)) {
            statuses.add(413);
        }
        if (RATE_LIMITED.matcher(path).matches()) {
            statuses.add(429);
        }
        if (CALLS_A_SERVICE.matcher(path).matches()) {
            statuses.add(503);
        }
        return statuses;
    }
}
