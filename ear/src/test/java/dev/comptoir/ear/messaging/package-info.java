/**
 * Asynchronous messaging (chapter 04, docs/patterns/04-asynchronous-messaging.md): topics, queues, redelivery, dead letters and the broker's per-address security, as a JMS, AMQP or STOMP client sees them.
 */
package dev.comptoir.ear.messaging;
