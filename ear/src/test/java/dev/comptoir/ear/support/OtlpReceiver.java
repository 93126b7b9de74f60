package dev.comptoir.ear.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * A real OTLP/HTTP trace receiver on loopback, as a collector's: it takes the protobuf {@code
 * ExportTraceServiceRequest}s that the server's OpenTelemetry exporter POSTs to {@code /v1/traces} (server-config's
 * telemetry.cli points it at 127.0.0.1:4318) and keeps the spans they carry, decoded, for a test to look at.
 */
public final class OtlpReceiver implements AutoCloseable {

    /** The standard OTLP/HTTP port, where server-config's exporter sends. */
    public static final int PORT = 4318;

    private final HttpServer server;
    private final boolean keepSpans;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicLong received = new AtomicLong();

    /** A receiver that keeps every span it is sent. */
    public OtlpReceiver() throws IOException {
        this(true);
    }

    /** @param keepSpans false: decode and count the spans only (a benchmark's long runs) */
    public OtlpReceiver(boolean keepSpans) throws IOException {
        this.keepSpans = keepSpans;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT), 16);
        server.createContext("/", this::receive);
        server.start();
    }

    /** One span as exported: ids in hex, the resource's service name, kind, name and string attributes. */
    public record ReceivedSpan(
            String service,
            String traceId,
            String spanId,
            String parentSpanId,
            String kind,
            String name,
            Map<String, String> attributes) {

        public String attribute(String key) {
            return attributes.getOrDefault(key, "");
        }
    }

    /** How many spans have been received, kept or not. */
    public long received() {
        return received.get();
    }

    public List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    /** What has been POSTed so far (method, path, content type), to tell a wrong protocol from no export at all. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    private void receive(HttpExchange exchange) throws IOException {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (keepSpans) {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + contentType);
        }
        try (InputStream raw = exchange.getRequestBody();
                InputStream body =
                        "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                                ? new GZIPInputStream(raw)
                                : raw) {
            if (exchange.getRequestURI().getPath().endsWith("/v1/traces")) {
                keep(ExportTraceServiceRequest.parseFrom(body));
            }
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        } catch (IOException | RuntimeException e) {
            requests.add("refused: " + e);
            exchange.sendResponseHeaders(400, -1);
            throw e;
        } finally {
            exchange.close();
        }
    }

    private void keep(ExportTraceServiceRequest request) {
        HexFormat hex = HexFormat.of();
        for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
            String service = attributes(resourceSpans.getResource()).getOrDefault("service.name", "");
            for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
                received.addAndGet(scopeSpans.getSpansCount());
                for (var span : keepSpans ? scopeSpans.getSpansList() : List.<Span>of()) {
                    spans.add(new ReceivedSpan(
                            service,
                            hex.formatHex(span.getTraceId().toByteArray()),
                            hex.formatHex(span.getSpanId().toByteArray()),
                            hex.formatHex(span.getParentSpanId().toByteArray()),
                            span.getKind().name().replace("SPAN_KIND_", ""),
                            span.getName(),
                            attributes(span.getAttributesList())));
                }
            }
        }
    }

    private static Map<String, String> attributes(Resource resource) {
        return attributes(resource.getAttributesList());
    }

    private static Map<String, String> attributes(List<KeyValue> values) {
        return values.stream()
                .collect(Collectors.toMap(
                        KeyValue::getKey,
                        value -> value.getValue().hasStringValue()
                                ? value.getValue().getStringValue()
                                : value.getValue().toString().trim(),
                        (first, second) -> second));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
