package dev.comptoir.ear.bench;

import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import dev.comptoir.testing.ManagementApi;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Events appended to Orders' event store over HTTP (a LineAdded per request, appended and published in one
 * transaction), and how long the read side takes to show them.
 */
final class OrderAppends {

    /** Every subscriber group of order-events (server-config's messaging.cli). */
    private static final List<String> SUBSCRIBER_GROUPS = List.of(
            "customers-order-activity", "inventory-product-demand", "orders-projections", "customerview-order-events");

    private final JsonHttp http;
    private final ManagementApi management = new ManagementApi();

    OrderAppends(JsonHttp http) {
        this.http = http;
    }

    /** Writers each adding lines to their own order as fast as answers come; events appended per second. */
    double appendFor(int writers, int seconds) throws Exception {
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            orders.add(newOrder());
        }
        AtomicLong appended = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (String order : orders) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    http.post("/orders/" + order + "/lines", "{\"sku\":\"BENCH\",\"quantity\":1}")
                            .expect(200);
                    appended.incrementAndGet();
                }
            }));
        }
        for (Future<?> writer : running) {
            writer.get();
        }
        pool.shutdown();
        return appended.get() / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * Open loop at a fixed rate over 32 orders: each command's answer (committed, with its Event-Position)
     * is followed at once by a read with minPosition, which the server answers as soon as the views hold
     * that event (it looks every 10 ms); the lag is the time from the command's answer to the read's.
     */
    Histogram readSideLagAt(int rate, int seconds) throws Exception {
        List<String[]> orders = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            String customer = UUID.randomUUID().toString();
            orders.add(new String[] {newOrder(customer), customer});
        }
        Histogram lag = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(60), 3);
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(16);
        long count = (long) rate * seconds;
        List<ScheduledFuture<?>> sent = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            String[] order = orders.get((int) (i % orders.size()));
            sent.add(clock.schedule(
                    () -> {
                        JsonResponse added =
                                http.post("/orders/" + order[0] + "/lines", "{\"sku\":\"BENCH\",\"quantity\":1}");
                        if (added.status() != 200) {
                            return; // a rare 409: two commands on one order at once; not a lag sample
                        }
                        long committed = System.nanoTime();
                        String read =
                                "/orders/?customerId=" + order[1] + "&minPosition=" + added.header("Event-Position");
                        // Each read waits up to 2 s for the event; a 503 says it is not there yet: ask again.
                        while (http.get(read).status() == 503) {
                            if (System.nanoTime() - committed > TimeUnit.SECONDS.toNanos(60)) {
                                throw new AssertionError("The views lag more than a minute behind");
                            }
                        }
                        lag.recordValue((System.nanoTime() - committed) / 1_000);
                    },
                    i * 1_000_000_000L / rate,
                    TimeUnit.NANOSECONDS));
        }
        for (ScheduledFuture<?> command : sent) {
            command.get(seconds + 60L, TimeUnit.SECONDS);
        }
        clock.shutdown();
        return lag;
    }

    /**
     * Until every subscriber group of order-events has processed what earlier phases sent: each phase
     * measures its own appends, not those and the backlog of the one before.
     */
    void awaitSubscribersIdle() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (SUBSCRIBER_GROUPS.stream().anyMatch(group -> management.messagesIn(group) > 0)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The subscribers of order-events did not catch up within 5 minutes");
            }
            Thread.sleep(200);
        }
    }

    /** A new order of an unknown customer (Orders places it without asking Customers). */
    String newOrder() {
        return newOrder(UUID.randomUUID().toString());
    }

    private String newOrder(String customer) {
        return http.post(
                        "/orders/",
                        "{\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\"BENCH\",\"quantity\":1}]}")
                .expect(201)
                .getString("id");
    }
}
