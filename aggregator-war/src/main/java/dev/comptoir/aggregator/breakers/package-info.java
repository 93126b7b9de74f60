/**
 * Circuit breakers: every call of the aggregator to a service goes through the breaker named after that service
 * ({@code customers}, {@code orders}, {@code inventory}), in one of the course's six variants, chosen per service by
 * MicroProfile Config ({@code comptoir.gateway.breakers.<service>.variant}) and changeable at run time by an operator.
 * {@code simple} and {@code counter} are MicroProfile Fault Tolerance breakers; {@code timed}, {@code gauge},
 * {@code adaptive} and {@code manual} run on resilience4j, which has what MicroProfile Fault Tolerance lacks (time
 * windows, slow calls, forced states); the adaptive policy is ours, on top of it. All six take the same settings
 * and run on the system's clock.
 */
package dev.comptoir.aggregator.breakers;
