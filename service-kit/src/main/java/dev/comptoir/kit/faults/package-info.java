/**
 * Fault injection, for tests, benchmarks and the demo: added latency (fixed plus jitter) and a share
 * of failed requests on chosen endpoints, set at runtime through {@code admin/faults}. It exists only
 * where the config flag {@code comptoir.fault-injection.enabled} is true (the test server and the run
 * command's demo set it; a production server does not), so nothing else fakes a slow or broken service.
 */
package dev.comptoir.kit.faults;
