package dev.comptoir.aggregator.console;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.aggregator.discovery.control.ServiceInstance;
import dev.comptoir.aggregator.discovery.control.ServicePool;
import dev.comptoir.aggregator.discovery.control.ServiceRegistry;
import dev.comptoir.kit.correlation.CorrelationId;
import dev.comptoir.kit.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * An operator's call to a service's own API, passed on with the operator's token and answered as the service
 * answered. Not through the service's circuit breaker: the console heals the very service whose breaker is open.
 */
@ApplicationScoped
public class ServiceDoor {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    ServiceRegistry registry;

    /** The call on one instance of the service, a ready one when there is one. */
    Answer one(String service, String method, String path, String body, String authorization) {
        return send(anyOf(service), method, path, body, authorization);
    }

    /** The service's OpenAPI document, which MicroProfile OpenAPI serves at its server's {@code /openapi/{service}}. */
    Answer document(String service, String authorization) {
        ServiceInstance instance = anyOf(service);
        return send(
                instance, instance.url().resolve("/openapi/" + service + "?format=JSON"), "GET", null, authorization);
    }

    private ServiceInstance anyOf(String service) {
        List<ServiceInstance> instances = registry.pool(service).instances();
        return instances.stream().filter(ServiceInstance::usable).findFirst().orElse(instances.get(0));
    }

    /** The call on every instance of the service (its fault rules are each instance's own); the first refusal. */
    Answer every(String service, String method, String path, String body, String authorization) {
        ServicePool pool = registry.pool(service);
        Answer last = null;
        for (ServiceInstance instance : pool.instances()) {
            last = send(instance, method, path, body, authorization);
            if (last.status() >= 300) {
                break;
            }
        }
        return last;
    }

    /**
     * The service's answer, or a 503 problem when it gave none (unreachable, or failing itself). {@code path} is
     * relative to the service's root, with its query string if it has one.
     */
    Answer send(ServiceInstance instance, String method, String path, String body, String authorization) {
        int query = path.indexOf('?');
        URI target = query < 0
                ? UriBuilder.fromUri(instance.url()).path(path).build()
                : UriBuilder.fromUri(instance.url())
                        .path(path.substring(0, query))
                        .replaceQuery(path.substring(query + 1))
                        .build();
        return send(instance, target, method, body, authorization);
    }

    private Answer send(ServiceInstance instance, URI target, String method, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        String requestId = CorrelationId.current();
        if (requestId != null) {
            request.header(CorrelationId.HEADER, requestId);
        }
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() >= 500) {
                return unavailable(instance, "answered " + answer.statusCode());
            }
            return new Answer(
                    answer.statusCode(),
                    answer.headers().firstValue("Content-Type").orElse("application/json"),
                    answer.body());
        } catch (IOException e) {
            return unavailable(instance, "did not answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unavailable(instance, "call interrupted");
        }
    }

    private static Answer unavailable(ServiceInstance instance, String why) {
        Problem problem = Problem.of(
                503,
                "service-unavailable",
                "Service unavailable",
                instance.service() + " at " + instance.url() + " " + why);
        return new Answer(503, Problem.MEDIA_TYPE.toString(), problem.toJson().toString());
    }

    /** A service's answer as it came. */
    record Answer(int status, String contentType, String body) {

        boolean created() {
            return status == 201;
        }

        JsonObject json() {
            try (JsonReader reader = JSON.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        Response toResponse() {
            return body.isEmpty()
                    ? Response.status(status).build()
                    : Response.status(status).type(contentType).entity(body).build();
        }
    }
}
