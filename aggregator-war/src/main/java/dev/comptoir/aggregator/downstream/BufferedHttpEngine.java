package dev.comptoir.aggregator.downstream;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import org.apache.http.Header;
import org.apache.http.HttpEntity;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.RequestBuilder;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.util.EntityUtils;
import org.jboss.resteasy.client.jaxrs.ClientHttpEngine;
import org.jboss.resteasy.client.jaxrs.internal.ClientInvocation;
import org.jboss.resteasy.client.jaxrs.internal.ClientResponse;
import org.jboss.resteasy.util.CaseInsensitiveMap;

/**
 * The HTTP engine of the aggregator's REST clients: Apache HttpClient 4 (as RESTEasy's default engine) on the calling
 * thread, over kept-alive connections ({@link ServiceConnections}); each answer is read whole and its connection given back at once.
 *
 * <p>Why our own: every engine RESTEasy ships answers with a {@code FinalizedClientResponse}, an object with a
 * finalizer, one per call. The collector must keep each alive through a young collection and hand it to the finalizer
 * thread: under the gateway benchmark that made each young pause about 20 ms longer on this machine (1,100 finalizable
 * answers per collection; docs/patterns/02-api-gateway.md). The services' answers are small JSON documents that the
 * clients' readers read whole anyway, so reading them here costs nothing more.
 */
final class BufferedHttpEngine implements ClientHttpEngine {

    private final ServiceConnections connections;

    BufferedHttpEngine(Duration connectTimeout, Duration readTimeout) {
        this.connections = new ServiceConnections(RequestConfig.custom()
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setConnectionRequestTimeout((int) connectTimeout.toMillis())
                .setSocketTimeout((int) readTimeout.toMillis())
                .build());
    }

    @Override
    public Response invoke(Invocation invocation) {
        ClientInvocation request = (ClientInvocation) invocation;
        RequestBuilder out = RequestBuilder.create(request.getMethod()).setUri(request.getUri());
        request.getHeaders().asMap().forEach((name, values) -> {
            // HttpClient writes the body's length itself, and refuses a request that names one already.
            if (!HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                values.forEach(value -> out.addHeader(name, value));
            }
        });
        try {
            if (request.getEntity() != null) {
                out.setEntity(new ByteArrayEntity(body(request)));
            }
            try (CloseableHttpResponse answer =
                    connections.forMethod(request.getMethod()).execute(out.build())) {
                return response(request, answer);
            }
        } catch (IOException e) {
            throw new ProcessingException("Unable to invoke request: " + e, e);
        }
    }

    /** The request's entity as the client's writers and interceptors write it. */
    private static byte[] body(ClientInvocation request) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        request.getDelegatingOutputStream().setDelegate(body);
        request.writeRequestBody(request.getEntityStream());
        return body.toByteArray();
    }

    private static ClientResponse response(ClientInvocation request, CloseableHttpResponse answer) throws IOException {
        HttpEntity entity = answer.getEntity();
        ClientResponse response = new Buffered(request, entity == null ? null : EntityUtils.toByteArray(entity));
        response.setProperties(request.getMutableProperties());
        response.setStatus(answer.getStatusLine().getStatusCode());
        response.setReasonPhrase(answer.getStatusLine().getReasonPhrase());
        CaseInsensitiveMap<String> headers = new CaseInsensitiveMap<>();
        for (Header header : answer.getAllHeaders()) {
            headers.add(header.getName(), header.getValue());
        }
        response.setHeaders(headers);
        return response;
    }

    @Override
    public SSLContext getSslContext() {
        return null;
    }

    @Override
    public HostnameVerifier getHostnameVerifier() {
        return null;
    }

    @Override
    public void close() {
        try {
            connections.close();
        } catch (IOException e) {
            throw new ProcessingException(e);
        }
    }

    /** An answer read whole: nothing holds a connection, so nothing needs a finalizer to give it back. */
    private static final class Buffered extends ClientResponse {

        private InputStream stream;

        Buffered(ClientInvocation request, byte[] body) {
            super(request.getClientConfiguration(), request.getTracingLogger());
            this.stream = body == null ? null : new ByteArrayInputStream(body);
        }

        @Override
        protected InputStream getInputStream() {
            return stream;
        }

        @Override
        protected void setInputStream(InputStream stream) {
            this.stream = stream;
            resetEntity();
        }

        @Override
        public void releaseConnection() {
            releaseConnection(false);
        }

        @Override
        public void releaseConnection(boolean consumeInputStream) {
            // The connection went back to the pool when the answer was read.
        }
    }
}
