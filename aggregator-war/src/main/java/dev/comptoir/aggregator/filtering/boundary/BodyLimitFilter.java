package dev.comptoir.aggregator.filtering.boundary;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.kit.problem.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses a request body larger than {@code comptoir.gateway.max-body-bytes} with 413, by its Content-Length before
 * reading, and a chunked one as soon as it grows past the limit; a body within it is buffered for the
 * resource. Why not Undertow's {@code max-post-size} alone: it is one limit per listener, for every WAR on
 * the server (server-config sets it to 1 MiB as the outer bound), and it refuses by cutting the connection
 * off mid-read, with no problem document. After the rate limits, so that a flood of large bodies is
 * throttled before it is read.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 120)
public class BodyLimitFilter implements ContainerRequestFilter {

    private long maxBytes;

    @PostConstruct
    void configure() {
        maxBytes = ConfigProvider.getConfig(BodyLimitFilter.class.getClassLoader())
                .getOptionalValue("comptoir.gateway.max-body-bytes", Long.class)
                .orElse(16_384L);
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity()) {
            return;
        }
        if (request.getLength() > maxBytes) {
            request.abortWith(tooLarge(request.getLength() + " bytes"));
            return;
        }
        byte[] body = request.getEntityStream().readNBytes((int) maxBytes + 1);
        if (body.length > maxBytes) {
            request.abortWith(tooLarge("more than " + maxBytes + " bytes"));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private Response tooLarge(String size) {
        return Problem.of(
                        413,
                        "body-too-large",
                        "Request body too large",
                        "The body has " + size + "; the gateway accepts at most " + maxBytes + " bytes")
                .with("maxBytes", JSON.createValue(maxBytes))
                .toResponse();
    }
}
