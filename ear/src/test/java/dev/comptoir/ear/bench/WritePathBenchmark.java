package dev.comptoir.ear.bench;

import static dev.comptoir.ear.bench.SagaClient.CHOREOGRAPHED;
import static dev.comptoir.ear.bench.SagaClient.ORCHESTRATED;

import dev.comptoir.ear.bench.floors.WritePathFloors;
import dev.comptoir.ear.support.Amqp;
import dev.comptoir.ear.support.Deployments;
import dev.comptoir.testing.JsonHttp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.HdrHistogram.Histogram;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The write path beside its floors, in one run on one server (issue 23): the floors (a bare insert + commit on
 * each service's datasource, a bare persistent send, the two in one XA transaction: a WAR deployed beside the
 * EAR, {@link WritePathFloors}), then a placement, a stock reservation, both sagas with 1 and 8 clients, the event
 * append with 1 and 8 writers, the read side's lag at half the maximum append rate and the fulfilment workers'
 * drain; then the targets, each as a ratio of this run's figures, met or not. Everything over HTTP on
 * loopback (the floors too, so each path and its floor pay the same round trip), closed loop, one request at a
 * time per client; bounded by counts and seconds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WritePathBenchmark {

    private static final int REQUESTS = Integer.getInteger("bench.requests", 300);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 300);
    private static final int SAGAS = Integer.getInteger("bench.sagas", 200);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    private static final int CLIENTS = 8;
    /** The append rate of one writer the issue measured (26 events/s): the target is ten times that. */
    private static final double APPEND_RATE_BEFORE = 26;

    private static final List<String> FLOORS =
            List.of("nothing", "commit/CustomersDS", "commit/OrdersDS", "commit/InventoryDS", "send", "xa");

    private final JsonHttp http = new JsonHttp("http://127.0.0.1:8080/");
    private final JsonHttp floors = new JsonHttp("http://127.0.0.1:8080/write-path-floors/");

    @Deployment(name = "ear", order = 1, testable = false)
    static EnterpriseArchive ear() {
        return Deployments.comptoirEar();
    }

    @Deployment(name = "floors", order = 2, testable = false)
    static WebArchive floors() {
        return ShrinkWrap.create(WebArchive.class, "write-path-floors.war")
                .addPackage(WritePathFloors.class.getPackage());
    }

    @Test
    void writePathBesideItsFloors() throws Exception {
        floors.post("setup", "").expect(204);
        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT,
                "%nWrite path benchmark (%s): %d requests per row after %d of warm-up, sagas %d per row%n",
                System.getProperty("comptoir.db", "the build's database"),
                REQUESTS,
                WARMUP,
                SAGAS));
        report.append(ClosedLoop.HEADER);
        report.append(load("at the start"));
        try {
            measure(report);
        } finally {
            floors.post("teardown", "").expect(204);
            report.append(load("at the end"));
            System.out.println(report);
        }
    }

    private void measure(StringBuilder report) throws Exception {
        SagaClient one = new SagaClient(http, "1000000");
        // The server, just started, still compiles the paths and finishes its own start-up work: every path of the
        // table once over before any is measured, so that the first rows do not pay for it.
        for (int i = 0; i < WARMUP; i++) {
            for (String floor : FLOORS) {
                floors.post(floor, "").expect(204);
            }
            one.place("/orders/", "PLACED");
            one.reserveStock(UUID.randomUUID().toString());
        }
        List<ClosedLoop.Row> rows = new ArrayList<>();
        ClosedLoop.Row nothing = floor(rows, "floor: HTTP round trip, nothing done", "nothing");
        ClosedLoop.Row customersCommit = floor(rows, "floor: insert + commit, CustomersDS", "commit/CustomersDS");
        ClosedLoop.Row ordersCommit = floor(rows, "floor: insert + commit, OrdersDS", "commit/OrdersDS");
        ClosedLoop.Row inventoryCommit = floor(rows, "floor: insert + commit, InventoryDS", "commit/InventoryDS");
        ClosedLoop.Row send = floor(rows, "floor: persistent send (JmsXA)", "send");
        ClosedLoop.Row xa = floor(rows, "floor: XA, OrdersDS insert + send", "xa");

        ClosedLoop.Row placement = add(
                rows,
                ClosedLoop.run("placement, POST /orders/", WARMUP, REQUESTS, 1, i -> one.place("/orders/", "PLACED")));
        ClosedLoop.Row reservation = add(
                rows,
                ClosedLoop.run(
                        "stock reservation, POST /inventory/reservations",
                        WARMUP,
                        REQUESTS,
                        1,
                        i -> one.reserveStock(UUID.randomUUID().toString())));
        ClosedLoop.Row orchestrated =
                add(rows, saga("orchestrated saga, 1 client", 1, i -> one.place(ORCHESTRATED, "APPROVED")));
        ClosedLoop.Row choreographed =
                add(rows, saga("choreographed saga, 1 client", 1, i -> one.place(CHOREOGRAPHED, "APPROVED")));
        List<SagaClient> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(new SagaClient(http, "1000000"));
        }
        ClosedLoop.Row orchestratedMany = add(rows, manySagas("orchestrated", ORCHESTRATED, clients));
        ClosedLoop.Row choreographedMany = add(rows, manySagas("choreographed", CHOREOGRAPHED, clients));
        rows.forEach(row -> report.append(row.line()));

        OrderAppends appends = new OrderAppends(http);
        appends.appendFor(CLIENTS, 5); // warm-up
        appends.awaitSubscribersIdle();
        double appendOne = appends.appendFor(1, SECONDS);
        appends.awaitSubscribersIdle();
        double appendMany = appends.appendFor(CLIENTS, SECONDS);
        appends.awaitSubscribersIdle();
        int lagRate = (int) Math.max(1, Math.round(appendMany / 2));
        Histogram lag = appends.readSideLagAt(lagRate, SECONDS);
        report.append(figure("event append, 1 writer", appendOne, "events/s"));
        report.append(figure("event append, " + CLIENTS + " writers", appendMany, "events/s"));
        report.append(String.format(
                Locale.ROOT,
                "%-52s p50 %6.1f ms  p99 %6.1f ms  (%d commands)%n",
                "projection lag at half the max (" + lagRate + " appends/s)",
                lag.getValueAtPercentile(50) / 1000.0,
                lag.getValueAtPercentile(99) / 1000.0,
                lag.getTotalCount()));
        double drain = drainRate();
        report.append(figure("fulfilment drain", drain, "msgs/s"));

        // The saga's writes, each at its floor: the placement and the approval (an append and a publish, XA),
        // a credit and a stock reservation and the confirmation of each (a commit on the participant's database).
        double sagaFloor = 2 * xa.p50() + 2 * customersCommit.p50() + 2 * inventoryCommit.p50();
        report.append(String.format(
                Locale.ROOT,
                "%nTargets (issue 23), ratios of this run (HTTP round trip alone: p50 %.2f ms; OrdersDS commit %.2f ms,"
                        + " send %.2f ms):%n",
                nothing.p50(),
                ordersCommit.p50(),
                send.p50()));
        report.append(Latencies.check("placement p50 / XA floor p50", placement.p50() / xa.p50(), 2, false));
        report.append(Latencies.check(
                "reservation p50 / InventoryDS commit p50", reservation.p50() / inventoryCommit.p50(), 2, false));
        report.append(Latencies.check("append 1 writer / before (26/s)", appendOne / APPEND_RATE_BEFORE, 10, true));
        report.append(Latencies.check("append " + CLIENTS + " writers / 1 writer", appendMany / appendOne, 4, true));
        report.append(
                Latencies.check("orchestrated p50 / its steps' floors", orchestrated.p50() / sagaFloor, 3, false));
        report.append(Latencies.check(
                "orchestrated, " + CLIENTS + " clients, sagas/s", orchestratedMany.perSecond(), 50, true));
        report.append(
                Latencies.check("choreographed p50 / its steps' floors", choreographed.p50() / sagaFloor, 3, false));
        report.append(Latencies.check(
                "choreographed, " + CLIENTS + " clients, sagas/s", choreographedMany.perSecond(), 50, true));
        report.append(Latencies.check("projection lag p99, ms", lag.getValueAtPercentile(99) / 1000.0, 20, false));
        report.append(Latencies.check("fulfilment drain, msgs/s", drain, 1000, true));
    }

    private ClosedLoop.Row floor(List<ClosedLoop.Row> rows, String name, String path) throws Exception {
        return add(
                rows,
                ClosedLoop.run(
                        name, WARMUP, REQUESTS, 1, i -> floors.post(path, "").expect(204)));
    }

    private static ClosedLoop.Row saga(String name, int clients, ClosedLoop.Call call) throws Exception {
        return ClosedLoop.run(name, Math.min(WARMUP, SAGAS / 4), SAGAS, clients, call);
    }

    /** Approved sagas of this style, each client placing its orders on its own customer and product. */
    private static ClosedLoop.Row manySagas(String style, String path, List<SagaClient> clients) throws Exception {
        return saga(
                style + " saga, " + clients.size() + " clients",
                clients.size(),
                i -> clients.get(i % clients.size()).place(path, "APPROVED"));
    }

    private static ClosedLoop.Row add(List<ClosedLoop.Row> rows, ClosedLoop.Row row) {
        rows.add(row);
        return row;
    }

    /** The workers' rate on a backlog that 16 producers sent while they were paused (as MessagingBenchmark). */
    private double drainRate() throws Exception {
        FulfilmentQueue fulfilment = new FulfilmentQueue();
        fulfilment.stopWorkers();
        try {
            fulfilment.sendFor(() -> Amqp.connectAs(FulfilmentQueue.ORDERS), 16, SECONDS);
        } finally {
            fulfilment.startWorkers();
        }
        double drain = fulfilment.drainRate(SECONDS);
        fulfilment.empty();
        return drain;
    }

    /** The machine's load averages (1, 5, 15 min): what else ran on its cores during the run. */
    private static String load(String when) throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        String averages = Files.exists(loadavg) ? Files.readString(loadavg).trim() : "unknown";
        return "load average " + when + ": " + averages + "\n";
    }

    private static String figure(String name, double value, String unit) {
        return String.format(Locale.ROOT, "%-52s %10.0f %s%n", name, value, unit);
    }
}
