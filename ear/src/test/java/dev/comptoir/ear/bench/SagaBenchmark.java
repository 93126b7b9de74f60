package dev.comptoir.ear.bench;

import static dev.comptoir.ear.bench.SagaClient.CHOREOGRAPHED;
import static dev.comptoir.ear.bench.SagaClient.ORCHESTRATED;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.testing.JsonHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The create-order saga in both styles over HTTP on loopback, closed loop: a plain placement (no saga) and
 * the plain flow (the saga's steps as plain calls, no saga) for reference, approved sagas and rejected ones
 * (credit refused, so one participant compensates) by one client, orchestrated then choreographed, then
 * approved sagas of each style by 8 clients at once. Each client has its own customer and product, so the
 * figures measure the saga, not the queue on one customer's row.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SagaBenchmark {

    private static final int SAGAS = Integer.getInteger("bench.sagas", 200);
    private static final int WARMUP = Integer.getInteger("bench.warmup-sagas", 50);
    private static final int CLIENTS = 8;

    private final JsonHttp http = new JsonHttp("http://127.0.0.1:8080/");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @Test
    void sagaLatencyAndThroughput() throws Exception {
        SagaClient one = new SagaClient(http, "1000000");
        SagaClient poor = new SagaClient(http, "1");
        List<ClosedLoop.Row> rows = new ArrayList<>();
        rows.add(row("plain placement, 1 client (no saga)", 1, i -> one.place("/orders/", "PLACED")));
        ClosedLoop.Row plainOne = row("plain flow, 1 client (same steps, no saga)", 1, i -> one.plainFlow());
        ClosedLoop.Row sagaOne = row("saga approved, 1 client", 1, i -> one.place(ORCHESTRATED, "APPROVED"));
        rows.add(plainOne);
        rows.add(sagaOne);
        rows.add(row("saga rejected (credit refused), 1 client", 1, i -> poor.place(ORCHESTRATED, "REJECTED")));
        ClosedLoop.Row choreoOne =
                row("choreographed approved, 1 client", 1, i -> one.place(CHOREOGRAPHED, "APPROVED"));
        rows.add(choreoOne);
        rows.add(row(
                "choreographed rejected (credit refused), 1 client", 1, i -> poor.place(CHOREOGRAPHED, "REJECTED")));
        List<SagaClient> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(new SagaClient(http, "1000000"));
        }
        ClosedLoop.Row plainMany = row(
                "plain flow, " + CLIENTS + " clients",
                CLIENTS,
                i -> clients.get(i % CLIENTS).plainFlow());
        ClosedLoop.Row sagaMany = row(
                "saga approved, " + CLIENTS + " clients",
                CLIENTS,
                i -> clients.get(i % CLIENTS).place(ORCHESTRATED, "APPROVED"));
        ClosedLoop.Row choreoMany = row(
                "choreographed approved, " + CLIENTS + " clients",
                CLIENTS,
                i -> clients.get(i % CLIENTS).place(CHOREOGRAPHED, "APPROVED"));
        rows.add(plainMany);
        rows.add(sagaMany);
        rows.add(choreoMany);
        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT,
                "%nSaga benchmark (%s): %d requests per row after %d of warm-up%n",
                System.getProperty("comptoir.db", "the build's database"),
                SAGAS,
                WARMUP));
        report.append(ClosedLoop.HEADER);
        rows.forEach(row -> report.append(row.line()));
        report.append(ratio("orchestrated", "1 client", sagaOne, plainOne));
        report.append(ratio("orchestrated", CLIENTS + " clients", sagaMany, plainMany));
        report.append(ratio("choreographed", "1 client", choreoOne, plainOne));
        report.append(ratio("choreographed", CLIENTS + " clients", choreoMany, plainMany));
        System.out.println(report);
    }

    private static ClosedLoop.Row row(String name, int clients, ClosedLoop.Call call) throws Exception {
        return ClosedLoop.run(name, WARMUP, SAGAS, clients, call);
    }

    private static String ratio(String style, String clients, ClosedLoop.Row saga, ClosedLoop.Row plain) {
        double ratio = saga.perSecond() / plain.perSecond();
        return String.format(
                Locale.ROOT,
                "%s / plain flow throughput, %s: %.2f (target >= 0.25: %s)%n",
                style,
                clients,
                ratio,
                ratio >= 0.25 ? "met" : "MISSED");
    }
}
