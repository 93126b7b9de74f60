/** The transactional outbox: messages stored with the business change, relayed to the broker after commit. */
package dev.comptoir.kit.messaging.outbox;
