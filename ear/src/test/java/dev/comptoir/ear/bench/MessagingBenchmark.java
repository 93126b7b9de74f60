package dev.comptoir.ear.bench;

import dev.comptoir.ear.support.Amqp;
import dev.comptoir.ear.support.Core;
import dev.comptoir.ear.support.Deployments;
import dev.comptoir.testing.JsonHttp;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.jms.Topic;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The messaging benchmark (docs/patterns/04-asynchronous-messaging.md), from an external AMQP client against the real
 * broker and the real consumers (sending also over Artemis' core protocol through the HTTP port, for comparison):
 *
 * <ol>
 *   <li>persistent 1 KB PickLine messages into the fulfilment queue, each send blocking until the broker has
 *       stored it: 1 producer, then 16 concurrent producers (consumers paused, so only sending is measured);
 *   <li>the fulfilment workers' drain rate on that backlog: the queue's maximum rate end to end;
 *   <li>end-to-end latency at 30% of that rate, open loop: from the time a message is sent to the time a
 *       worker committed its pick (both stamped on this machine's clock);
 *   <li>publish-to-every-subscriber latency on the order-events topic, three external subscribers.
 * </ol>
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MessagingBenchmark {

    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    private static final int CONCURRENT_PRODUCERS = 16;
    private final JsonHttp http = new JsonHttp("http://127.0.0.1:8080/");
    private final FulfilmentQueue fulfilment = new FulfilmentQueue();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @Test
    void fulfilmentQueueAndTopic() throws Exception {
        StringBuilder report = new StringBuilder(
                "\nMessaging benchmark (persistent 1 KB messages, external clients, " + SECONDS + " s per phase)\n");
        fulfilment.stopWorkers();
        try {
            for (Client client : Client.values()) {
                fulfilment.sendFor(client::connect, CONCURRENT_PRODUCERS, 5); // warm-up
                fulfilment.empty();
                double one = fulfilment.sendFor(client::connect, 1, SECONDS);
                fulfilment.empty();
                double sixteen = fulfilment.sendFor(client::connect, CONCURRENT_PRODUCERS, SECONDS);
                report.append(String.format(
                        Locale.ROOT, "%-52s %10.0f msgs/s%n", "send over " + client + ", 1 blocking producer", one));
                report.append(String.format(
                        Locale.ROOT,
                        "%-52s %10.0f msgs/s  (%.1fx, target >= 10x)%n",
                        "send over " + client + ", 16 concurrent producers",
                        sixteen,
                        sixteen / one));
            }
        } finally {
            fulfilment.startWorkers();
        }
        double drain = fulfilment.drainRate(SECONDS);
        fulfilment.empty();
        report.append(String.format(
                Locale.ROOT, "%-52s %10.0f msgs/s%n", "fulfilment workers' drain rate (max end to end)", drain));

        int rate = (int) Math.max(1, Math.round(drain * 0.3));
        Histogram endToEnd = endToEndAt(rate);
        report.append(String.format(
                Locale.ROOT,
                "%-52s p50 %6.1f ms  p99 %6.1f ms  (%d msgs)%n",
                "end to end at 30% of max (" + rate + " msgs/s)",
                endToEnd.getValueAtPercentile(50) / 1000.0,
                endToEnd.getValueAtPercentile(99) / 1000.0,
                endToEnd.getTotalCount()));

        Histogram fanOut = topicFanOut(100, 3);
        report.append(String.format(
                Locale.ROOT,
                "%-52s p50 %6.1f ms  p99 %6.1f ms  (%d events)%n",
                "order-events, publish to all 3 subscribers (100/s)",
                fanOut.getValueAtPercentile(50) / 1000.0,
                fanOut.getValueAtPercentile(99) / 1000.0,
                fanOut.getTotalCount()));
        System.out.println(report);
    }

    /** The two external paths into the broker: AMQP on the external acceptor, core through the HTTP port. */
    private enum Client {
        AMQP {
            @Override
            JMSContext connect() {
                return Amqp.connectAs(FulfilmentQueue.ORDERS);
            }
        },
        CORE {
            @Override
            JMSContext connect() {
                return Core.connectAs(FulfilmentQueue.ORDERS);
            }
        };

        abstract JMSContext connect();
    }

    private Histogram endToEndAt(int rate) throws Exception {
        List<String> orders = new ArrayList<>();
        try (JMSContext amqp = Amqp.connectAs(FulfilmentQueue.ORDERS)) {
            Queue queue = amqp.createQueue(FulfilmentQueue.ADDRESS);
            JMSProducer producer = amqp.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
            long interval = TimeUnit.SECONDS.toNanos(1) / rate;
            long next = System.nanoTime();
            for (int i = 0; i < rate * SECONDS; i++) {
                while (System.nanoTime() < next) {
                    Thread.onSpinWait();
                }
                String order = UUID.randomUUID().toString();
                FulfilmentQueue.send(producer, queue, order);
                orders.add(order);
                next += interval;
            }
        }
        Histogram latency = new Histogram(3);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (String order : orders) {
            JsonValue picks;
            do {
                picks = http.get("/inventory/fulfilment/" + order).body();
            } while (picks.asJsonArray().isEmpty() && System.nanoTime() < deadline);
            var pick = picks.asJsonArray().getJsonObject(0);
            latency.recordValue(
                    Duration.between(Instant.parse(pick.getString("sentAt")), Instant.parse(pick.getString("pickedAt")))
                                    .toNanos()
                            / 1000);
        }
        return latency;
    }

    /** Time until every one of the subscribers has an event, sent at a fixed rate to order-events. */
    private Histogram topicFanOut(int rate, int subscribers) throws Exception {
        int events = rate * SECONDS;
        Histogram latency = new Histogram(3);
        ConcurrentHashMap<String, long[]> received = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, Long> sentAt = new ConcurrentHashMap<>();
        CountDownLatch all = new CountDownLatch(events);
        List<JMSContext> connections = new ArrayList<>();
        String run = UUID.randomUUID().toString();
        try {
            for (int s = 0; s < subscribers; s++) {
                JMSContext subscriber = Amqp.connect();
                connections.add(subscriber);
                JMSConsumer consumer = subscriber.createConsumer(
                        subscriber.createTopic("jms.topic.order-events"), "benchRun = '" + run + "'");
                consumer.setMessageListener(message -> {
                    try {
                        String id = message.getStringProperty("eventId");
                        long[] seen = received.computeIfAbsent(id, key -> new long[] {0, 0});
                        synchronized (seen) {
                            seen[0]++;
                            seen[1] = Math.max(seen[1], System.nanoTime());
                            if (seen[0] == subscribers) {
                                latency.recordValue((seen[1] - sentAt.get(id)) / 1000);
                                all.countDown();
                            }
                        }
                    } catch (jakarta.jms.JMSException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            try (JMSContext amqp = Amqp.connectAs(FulfilmentQueue.ORDERS)) {
                Topic topic = amqp.createTopic("jms.topic.order-events");
                JMSProducer producer = amqp.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
                long interval = TimeUnit.SECONDS.toNanos(1) / rate;
                long next = System.nanoTime();
                for (int i = 0; i < events; i++) {
                    while (System.nanoTime() < next) {
                        Thread.onSpinWait();
                    }
                    String id = UUID.randomUUID().toString();
                    sentAt.put(id, System.nanoTime());
                    producer.setProperty("eventId", id)
                            .setProperty("eventType", "BenchmarkProbe")
                            .setProperty("schemaVersion", 1)
                            .setProperty("occurredAt", Instant.now().toString())
                            .setProperty("benchRun", run)
                            .send(topic, "{}");
                    next += interval;
                }
            }
            all.await(60, TimeUnit.SECONDS);
        } finally {
            connections.forEach(JMSContext::close);
        }
        return latency;
    }
}
