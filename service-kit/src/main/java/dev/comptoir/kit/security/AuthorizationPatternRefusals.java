package dev.comptoir.kit.security;

import dev.comptoir.kit.problem.Problem;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import jakarta.servlet.ServletContext;

/**
 * A caller without the role a path needs, whose path holds a colon ({@code /api/customers/a:b}), makes Elytron's
 * authorization build a Jakarta Authorization permission from that path, which rejects it ("invalid URLPatternSpec",
 * the colon being its qualifier separator; eclipse-ee4j/exousia#37): the container then answers 500 with an HTML page.
 * Written here because the failure is inside the container's own security handler, before any filter or JAX-RS
 * mapper: this handler around it answers what the caller was due, a 403 problem document.
 */
public class AuthorizationPatternRefusals implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addOuterHandlerChainWrapper(Refusing::new);
    }

    private record Refusing(HttpHandler next) implements HttpHandler {

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            try {
                next.handleRequest(exchange);
            } catch (IllegalArgumentException e) {
                if (!fromAuthorizationPatterns(e) || exchange.isResponseStarted()) {
                    throw e;
                }
                exchange.setStatusCode(403);
                exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, Problem.MEDIA_TYPE.toString());
                exchange.getResponseSender()
                        .send(Problem.of(403, "forbidden", "Forbidden", "This token's roles do not allow this request")
                                .toJson()
                                .toString());
            }
        }

        private static boolean fromAuthorizationPatterns(IllegalArgumentException e) {
            StackTraceElement[] trace = e.getStackTrace();
            return trace.length > 0 && trace[0].getClassName().startsWith("jakarta.security.jacc.");
        }
    }
}
