/**
 * Idempotent consumers: the ids of processed messages, kept beside the effects they guard, and the rows of read
 * models that the first event about a key makes.
 */
package dev.comptoir.kit.messaging.inbox;
