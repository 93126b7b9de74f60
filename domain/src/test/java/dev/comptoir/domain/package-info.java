/**
 * The managed domain's tests (issue 26): each starts the domain with {@code domain/start}, as a user does, checks it
 * through the management API, the balancer and the services' listeners, and stops it with {@code domain/stop}.
 */
package dev.comptoir.domain;
