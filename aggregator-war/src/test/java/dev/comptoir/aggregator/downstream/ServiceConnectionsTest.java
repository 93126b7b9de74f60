package dev.comptoir.aggregator.downstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.client.methods.HttpUriRequest;
import org.apache.http.entity.StringEntity;
import org.apache.http.util.EntityUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServiceConnectionsTest {

    private final ServiceConnections connections = new ServiceConnections(
            RequestConfig.custom().setConnectTimeout(1000).setSocketTimeout(500).build());

    private LoopbackService service;

    @AfterEach
    void stop() throws IOException {
        connections.close();
        service.close();
    }

    @Test
    void sendsAReadAgainOnANewConnectionWhenTheServiceHadClosedTheKeptOne() throws Exception {
        service = new LoopbackService(Reply.ANSWER_THEN_CLOSE);

        assertEquals(200, status(new HttpGet(service.url())));
        assertEquals(200, status(new HttpGet(service.url())), "the kept connection was closed by the service");

        assertEquals(2, service.connections.get(), "the second read went out again, on a new connection");
        assertEquals(2, service.requests.get());
    }

    @Test
    void sendsAReadAtMostTwice() throws Exception {
        service = new LoopbackService(Reply.CLOSE_WITHOUT_ANSWER);

        assertThrows(IOException.class, () -> status(new HttpGet(service.url())));

        assertEquals(2, service.requests.get());
    }

    @Test
    void neverSendsAWriteTwice() throws Exception {
        service = new LoopbackService(Reply.CLOSE_WITHOUT_ANSWER);
        HttpPost write = new HttpPost(service.url());
        write.setEntity(new StringEntity("{}"));

        assertThrows(IOException.class, () -> status(write));

        assertEquals(1, service.requests.get());
    }

    @Test
    void doesNotSendAReadAgainAfterATimeout() throws Exception {
        service = new LoopbackService(Reply.NEVER);

        assertThrows(SocketTimeoutException.class, () -> status(new HttpGet(service.url())));

        assertEquals(1, service.requests.get(), "a slow service is the caller's to decide on");
    }

    private int status(HttpUriRequest request) throws IOException {
        try (CloseableHttpResponse answer =
                connections.forMethod(request.getMethod()).execute(request)) {
            EntityUtils.consume(answer.getEntity());
            return answer.getStatusLine().getStatusCode();
        }
    }

    private enum Reply {
        /** Answers one request, then closes the connection without saying so, as a restarted service does. */
        ANSWER_THEN_CLOSE,
        /** Reads the request and closes, as a service killed while serving it. */
        CLOSE_WITHOUT_ANSWER,
        /** Reads the request and never answers: it waits until the client gives up and closes the connection. */
        NEVER
    }

    /** An HTTP/1.1 server on a loopback port that behaves as the reply says, counting what it got. */
    private static final class LoopbackService implements AutoCloseable {

        final AtomicInteger connections = new AtomicInteger();
        final AtomicInteger requests = new AtomicInteger();
        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());

        LoopbackService(Reply reply) throws IOException {
            Thread acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket connection = socket.accept()) {
                        connections.incrementAndGet();
                        serve(connection, reply);
                    } catch (IOException closed) {
                        // The test ended, or the client gave up on this connection.
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/customers/C-1";
        }

        private void serve(Socket connection, Reply reply) throws IOException {
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.US_ASCII));
            int length = 0;
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                if (line.toLowerCase().startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                }
            }
            in.skip(length);
            requests.incrementAndGet();
            switch (reply) {
                case ANSWER_THEN_CLOSE -> {
                    OutputStream out = connection.getOutputStream();
                    out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
                case CLOSE_WITHOUT_ANSWER -> {}
                case NEVER -> connection.getInputStream().read();
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
