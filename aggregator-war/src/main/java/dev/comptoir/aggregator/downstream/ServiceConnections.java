package dev.comptoir.aggregator.downstream;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.http.client.HttpRequestRetryHandler;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.apache.http.protocol.HttpContext;

/**
 * The kept-alive connections of one service instance's REST client: a pool for reads, another for writes.
 *
 * <p>Before lending a connection idle for over 2 s, HttpClient tests it by a read with a 1 ms timeout: on the
 * gateway's path that test took a median 5 ms under load (docs/patterns/02-api-gateway.md). A read is safe to send
 * twice, so its pool skips the test and, when the service had closed the connection (a restart, Undertow's
 * {@code no-request-timeout}), sends the read once more on a new one. A write is never sent twice: its pool keeps the
 * test.
 */
final class ServiceConnections {

    /** Connections kept per pool: more than the request threads that call one instance at once. */
    private static final int CONNECTIONS = 50;

    /** The methods RFC 9110 calls safe: the only ones sent again. */
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final CloseableHttpClient reads;
    private final CloseableHttpClient writes;

    ServiceConnections(RequestConfig config) {
        PoolingHttpClientConnectionManager readPool = pool();
        readPool.setValidateAfterInactivity(0);
        this.reads = builder(config, readPool)
                .setRetryHandler(new ResendOnClosedConnection(readPool))
                .build();
        this.writes = builder(config, pool()).disableAutomaticRetries().build();
    }

    /** The client for a request of this method. */
    CloseableHttpClient forMethod(String method) {
        return SAFE.contains(method) ? reads : writes;
    }

    void close() throws IOException {
        try (reads) {
            writes.close();
        }
    }

    private static PoolingHttpClientConnectionManager pool() {
        PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager();
        pool.setMaxTotal(CONNECTIONS);
        pool.setDefaultMaxPerRoute(CONNECTIONS);
        return pool;
    }

    private static HttpClientBuilder builder(RequestConfig config, PoolingHttpClientConnectionManager pool) {
        return HttpClients.custom()
                .setDefaultRequestConfig(config)
                .setConnectionManager(pool)
                .disableCookieManagement()
                .disableRedirectHandling()
                .disableContentCompression();
    }

    /**
     * Sends a read once more after its kept connection failed before an answer. The pool's other idle connections
     * went through the same restart or timeout, so they are closed first and the read goes out on a new one. A
     * timeout or a refused connection is not sent again: the service is slow or gone, which the caller decides on.
     */
    private record ResendOnClosedConnection(PoolingHttpClientConnectionManager pool)
            implements HttpRequestRetryHandler {

        @Override
        public boolean retryRequest(IOException failure, int executionCount, HttpContext context) {
            if (executionCount > 1
                    || failure instanceof InterruptedIOException
                    || failure instanceof ConnectException
                    || failure instanceof UnknownHostException) {
                return false;
            }
            pool.closeIdleConnections(0, TimeUnit.MILLISECONDS);
            return true;
        }
    }
}
