/**
 * Authentication at the gateway: MicroProfile JWT (WildFly's microprofile-jwt-smallrye) verifies every bearer
 * token; the token endpoint issues RS256 tokens to the demo users server-config creates.
 */
package dev.comptoir.aggregator.auth;
