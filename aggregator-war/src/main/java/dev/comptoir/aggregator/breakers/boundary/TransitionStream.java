package dev.comptoir.aggregator.breakers.boundary;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.aggregator.breakers.control.Breakers;
import dev.comptoir.aggregator.discovery.control.ServiceRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * Every breaker transition, pushed to each dashboard that listens (server-sent events named
 * {@code transition}), after a first event named {@code breakers} with every breaker as it is now.
 */
@ApplicationScoped
public class TransitionStream {

    @Inject
    Breakers breakers;

    private SseBroadcaster broadcaster;
    private Sse sse;

    synchronized void listen(SseEventSink sink, Sse sse) {
        if (broadcaster == null) {
            this.sse = sse;
            broadcaster = sse.newBroadcaster();
            breakers.onTransition(transition -> broadcaster.broadcast(this.sse
                    .newEventBuilder()
                    .name("transition")
                    .id(transition.breaker() + "@" + transition.at())
                    .mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(BreakerJson.of(transition).toString())
                    .build()));
        }
        broadcaster.register(sink);
        JsonArrayBuilder now = JSON.createArrayBuilder();
        ServiceRegistry.SERVICES.forEach(service -> now.add(BreakerJson.of(service, breakers.breaker(service))));
        sink.send(sse.newEventBuilder()
                .name("breakers")
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(now.build().toString())
                .build());
    }
}
