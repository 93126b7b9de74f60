/**
 * Correlation ids: every request carries an {@code X-Request-Id} (taken from the caller or made
 * here), echoed in the response, put in the logging context of the request thread (so every log line
 * of the request shows it, and the access log too), and passed on by the aggregator to every service
 * it calls. Every request also starts with no trace context left on its thread by an earlier one.
 */
package dev.comptoir.kit.correlation;
