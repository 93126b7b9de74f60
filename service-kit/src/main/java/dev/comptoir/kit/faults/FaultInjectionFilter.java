package dev.comptoir.kit.faults;

import dev.comptoir.kit.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.concurrent.ThreadLocalRandom;

/** Applies the first matching fault rule to a request, before its resource runs. */
@Provider
@Priority(Priorities.USER)
public class FaultInjectionFilter implements ContainerRequestFilter {

    @Inject
    FaultRules rules;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!rules.enabled()) {
            return;
        }
        String path = request.getUriInfo().getPath();
        path = path.startsWith("/") ? path.substring(1) : path;
        if (path.startsWith(FaultsResource.PATH)) {
            return;
        }
        rules.find(request.getMethod(), path).ifPresent(rule -> apply(rule, request));
    }

    private static void apply(FaultRule rule, ContainerRequestContext request) {
        pause(rule);
        if (fails(rule)) {
            request.abortWith(Problem.of(
                            rule.status(),
                            "injected-fault",
                            "Injected fault",
                            "Fault injection failed this request on purpose")
                    .toResponse());
        }
    }

    static void pause(FaultRule rule) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long delay = rule.latencyMs() + (rule.jitterMs() > 0 ? random.nextLong(rule.jitterMs() + 1) : 0);
        if (delay > 0) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static boolean fails(FaultRule rule) {
        return rule.failureRate() > 0 && ThreadLocalRandom.current().nextDouble() < rule.failureRate();
    }
}
