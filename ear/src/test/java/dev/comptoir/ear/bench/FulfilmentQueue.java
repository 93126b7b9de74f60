package dev.comptoir.ear.bench;

import dev.comptoir.testing.ManagementApi;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.awaitility.Awaitility;

/**
 * The fulfilment queue from outside: persistent 1 KB PickLine messages sent as Orders would, its workers paused
 * and resumed, its depth, and the rate at which the workers drain it.
 */
final class FulfilmentQueue {

    static final String ADDRESS = "jms.queue.fulfilment";
    /** The producers stand in for Orders, the one sender the broker takes on fulfilment and order-events. */
    static final String ORDERS = "orders.jms";

    private static final String PADDING = "x".repeat(1024);

    private final ManagementApi management = new ManagementApi();

    /** Producers sending as fast as each blocking send returns; messages per second over all of them. */
    double sendFor(Supplier<JMSContext> connect, int producers, int seconds) throws Exception {
        AtomicLong sent = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(producers);
        List<Future<Object>> running = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < producers; i++) {
            running.add(pool.submit(() -> {
                try (JMSContext jms = connect.get()) {
                    Queue queue = jms.createQueue(ADDRESS);
                    JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
                    while (System.nanoTime() < end) {
                        send(producer, queue, UUID.randomUUID().toString());
                        sent.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (var producer : running) {
            producer.get(seconds + 60L, TimeUnit.SECONDS);
        }
        pool.shutdown();
        return sent.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** One pick line of one order, about 1 KB (a shipping label), grouped by its order. */
    static void send(JMSProducer producer, Queue queue, String orderId) {
        String body = Json.createObjectBuilder()
                .add("orderId", orderId)
                .add("lineNo", 1)
                .add("lineCount", 1)
                .add("sku", "COFFEE-1KG")
                .add("quantity", 1)
                .add("label", PADDING.substring(0, 1024 - 110))
                .build()
                .toString();
        producer.setProperty("eventId", UUID.randomUUID().toString())
                .setProperty("eventType", "PickLine")
                .setProperty("schemaVersion", 1)
                .setProperty("occurredAt", Instant.now().toString())
                .setProperty("eventKey", orderId)
                .setProperty("JMSXGroupID", orderId)
                .send(queue, body);
    }

    /** Messages the workers take off the backlog per second, over this many seconds. */
    double drainRate(int seconds) throws InterruptedException {
        long before = depth();
        long start = System.nanoTime();
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
        long after = depth();
        return (before - after) / ((System.nanoTime() - start) / 1e9);
    }

    /** Removes what is left and waits until the workers hold nothing either, so each phase starts equal. */
    void empty() {
        management.execute(
                "remove-messages", "subsystem", "messaging-activemq", "server", "default", "jms-queue", "fulfilment");
        Awaitility.await()
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> depth() + count("delivering-count") == 0);
    }

    /** Messages waiting in the queue. */
    long depth() {
        return count("message-count");
    }

    private long count(String attribute) {
        return management
                .read("subsystem/messaging-activemq/server/default/jms-queue/fulfilment")
                .getJsonNumber(attribute)
                .longValue();
    }

    void stopWorkers() {
        workers("stop-delivery");
    }

    void startWorkers() {
        workers("start-delivery");
    }

    private void workers(String operation) {
        management.delivery(operation, "FulfilmentListener", "comptoir.ear", "inventory.war");
    }
}
