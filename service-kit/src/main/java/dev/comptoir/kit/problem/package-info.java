/**
 * RFC 9457 problem documents: every error a WAR answers is {@code application/problem+json} with
 * type, title, status and detail, so clients never parse an HTML error page or a stack trace. The
 * exception mappers here are discovered by JAX-RS in each WAR that bundles this jar.
 */
package dev.comptoir.kit.problem;
