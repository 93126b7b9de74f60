/**
 * The managed domain's tests (issue 26), against one domain started with {@code domain/start}, as a user does, and
 * stopped with {@code domain/stop} after the last of them ({@link dev.comptoir.domain.RunningDomain}): they check it
 * through the management API, the balancer and the services' listeners and databases, and break it (servers killed,
 * then started again through the management API) under a client's load ({@link dev.comptoir.domain.ClientLoad}).
 */
package dev.comptoir.domain;
