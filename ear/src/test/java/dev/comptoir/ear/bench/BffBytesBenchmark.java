package dev.comptoir.ear.bench;

import static org.awaitility.Awaitility.await;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import dev.comptoir.testing.Tokens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bytes a BFF saves (docs/patterns/03-bff.md): the same customer, with 1, 10 and 50 orders, through the web BFF,
 * the mobile BFF and the general overview of {@code /api}; each answer's body as sent, and gzipped by this program
 * (the server compresses nothing: what a compressing proxy would send), and what the aggregator read from the
 * services to compose it (its Downstream-Bytes header).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BffBytesBenchmark {

    private static final int[] ORDERS = BenchSettings.integers("bench.bff-orders", "1,10,50");
    private static final List<String> ROUTES =
            List.of("/bff/web/customers/%s", "/bff/mobile/customers/%s", "/api/customers/%s/overview");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @ArquillianResource
    URL base;

    @Test
    void mobileAgainstWebAnswerBytes() {
        JsonHttp http = Tokens.admin(new JsonHttp("http://" + base.getHost() + ":" + base.getPort() + "/"));
        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT,
                "%nBFF bytes: one customer's answer per route%n| %6s | %-28s | %8s | %9s | %12s |%n"
                        + "|---:|---|---:|---:|---:|%n",
                "orders",
                "route",
                "body B",
                "gzip B",
                "read from services B"));
        for (int orders : ORDERS) {
            String customer = customerWith(http, orders);
            for (String route : ROUTES) {
                JsonResponse answer = http.get(String.format(route, customer));
                answer.expect(200);
                byte[] body = answer.raw().getBytes(StandardCharsets.UTF_8);
                report.append(String.format(
                        Locale.ROOT,
                        "| %6d | %-28s | %8d | %9d | %12s |%n",
                        orders,
                        route.replace("%s", "{id}"),
                        body.length,
                        gzipped(body),
                        answer.header("Downstream-Bytes")));
            }
        }
        System.out.println(report);
    }

    /**
     * A customer with this many orders of one mug each (placed without a saga: they stay placed, so the three routes
     * read the same data), once the overview lists them all, every source ok.
     */
    private static String customerWith(JsonHttp http, int orders) {
        String customer = http.post(
                        "/customers/",
                        "{\"name\":\"Bench\",\"email\":\"bench-" + UUID.randomUUID()
                                + "@comptoir.test\",\"creditLimit\":100000}")
                .expect(201)
                .getString("id");
        for (int i = 0; i < orders; i++) {
            http.post(
                            "/orders/",
                            "{\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\"MUG-BLUE\",\"quantity\":1}]}")
                    .expect(201);
        }
        String overview = "/api/customers/" + customer + "/overview";
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    var answer = http.get(overview).expect(200);
                    return answer.getBoolean("complete")
                            && answer.getJsonArray("orders").size() == orders;
                });
        return customer;
    }

    private static int gzipped(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
