package dev.comptoir.aggregator.destinations.entity;

/**
 * One queue of the broker: {@code address} is the JMS queue or topic it belongs to ({@code jms.queue.fulfilment},
 * {@code jms.topic.order-events}), {@code queue} the queue itself (a topic's subscription is a queue of its own).
 */
public record Destination(
        String address,
        String queue,
        String routingType,
        boolean durable,
        long messages,
        int delivering,
        int consumers,
        long added,
        long acknowledged,
        boolean paused) {}
