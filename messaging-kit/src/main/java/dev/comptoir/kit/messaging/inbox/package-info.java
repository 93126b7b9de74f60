/** Idempotent consumers: the ids of processed messages, kept beside the effects they guard. */
package dev.comptoir.kit.messaging.inbox;
