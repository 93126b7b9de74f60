/**
 * What the container's security says to a client, in the house's problem documents: every WAR with a security
 * constraint (all of them: nothing is open to anonymous callers) names these as its error pages. And the caller's
 * verified bearer token of the request a thread serves ({@link dev.comptoir.kit.security.CallerToken}), which a
 * WAR forwards on its calls to the services. And MicroProfile JWT's verification, kept per token for the token's
 * life ({@link dev.comptoir.kit.security.VerifiedTokens}, through {@link dev.comptoir.kit.security.VerifyingOnce}).
 * And the services' own object-level checks: a customer's token reaches only that customer's objects
 * ({@link dev.comptoir.kit.security.CustomersOwn}, {@link dev.comptoir.kit.security.Callers}), whoever calls.
 */
package dev.comptoir.kit.security;
