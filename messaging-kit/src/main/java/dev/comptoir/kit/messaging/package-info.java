/**
 * Domain events and commands on JMS: what a message carries ({@link dev.comptoir.kit.messaging.Event}), how a
 * service sends one atomically with its database change ({@link dev.comptoir.kit.messaging.Messages}: XA or
 * transactional outbox, chosen per service), and how a consumer applies each one once (the inbox).
 */
package dev.comptoir.kit.messaging;
