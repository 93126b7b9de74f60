package dev.comptoir.kit.messaging;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Traces across JMS: a producer span for each message sent and a consumer span for each message an inbox
 * applies, in the trace of the request that caused it, carried in the message's properties as W3C trace
 * context ({@code traceparent}, {@code tracestate}). Written here because WildFly's MicroProfile Telemetry
 * instruments Jakarta REST and the REST clients but not JMS; the spans and the propagation are OpenTelemetry's,
 * through the Tracer and OpenTelemetry beans that MicroProfile Telemetry gives each deployment.
 */
@ApplicationScoped
public class MessageTracing {

    private static final TextMapSetter<Map<String, String>> INTO_MAP = Map::put;
    private static final TextMapGetter<Map<String, String>> FROM_MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };
    private static final TextMapSetter<Message> INTO_MESSAGE = (message, key, value) -> {
        try {
            message.setStringProperty(key, value);
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    };
    private static final TextMapGetter<Message> FROM_MESSAGE = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Message message) {
            try {
                return Collections.list(message.getPropertyNames()).stream()
                        .map(Object::toString)
                        .toList();
            } catch (JMSException e) {
                return List.of();
            }
        }

        @Override
        public String get(Message message, String key) {
            try {
                return message == null ? null : message.getStringProperty(key);
            } catch (JMSException e) {
                return null;
            }
        }
    };

    @Inject
    Tracer tracer;

    @Inject
    OpenTelemetry openTelemetry;

    /** The trace context of the work in progress on this thread, to travel with a message (an outbox row too). */
    public Map<String, String> current() {
        Map<String, String> carrier = new HashMap<>();
        propagator().inject(Context.current(), carrier, INTO_MAP);
        return carrier;
    }

    /** Sends in a producer span, child of the context the message was made in. */
    public void send(Outgoing outgoing, jakarta.jms.JMSContext jms) {
        Context parent = propagator().extract(Context.root(), outgoing.traceContext(), FROM_MAP);
        Span span = tracer.spanBuilder(outgoing.destination() + " publish")
                .setParent(parent)
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "activemq")
                .setAttribute("messaging.operation.type", "publish")
                .setAttribute("messaging.destination.name", outgoing.destination())
                .setAttribute("messaging.message.id", outgoing.event().id())
                .setAttribute("comptoir.event.type", outgoing.event().type())
                .startSpan();
        try (Scope scope = span.makeCurrent()) {
            outgoing.sendWith(jms, message -> propagator().inject(Context.current(), message, INTO_MESSAGE));
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    /** Runs a consumer's work on a message in a consumer span, child of the producer's. */
    public <T> T receive(String consumer, Message message, Supplier<T> work) {
        Context parent = propagator().extract(Context.root(), message, FROM_MESSAGE);
        Span span = tracer.spanBuilder(consumer + " process")
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "activemq")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.consumer.group.name", consumer)
                .startSpan();
        try (Scope scope = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    private TextMapPropagator propagator() {
        return openTelemetry.getPropagators().getTextMapPropagator();
    }
}
