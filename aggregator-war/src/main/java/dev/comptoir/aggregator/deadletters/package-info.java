/**
 * Operations on the broker's dead-letter queue: list and inspect the messages that failed every attempt,
 * and replay one into the exact queue it failed in once its cause is fixed.
 */
package dev.comptoir.aggregator.deadletters;
