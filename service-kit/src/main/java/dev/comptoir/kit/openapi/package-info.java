/**
 * The OpenAPI documents tell the truth about errors: {@link dev.comptoir.kit.openapi.ProblemResponses}, the
 * MicroProfile OpenAPI filter a WAR names in {@code mp.openapi.filter}, adds to every operation the error statuses
 * that the kit and the container answer for it (401/403, 400, 404, 415), each an RFC 9457 problem document whose
 * schema is defined once; a resource method adds, with {@code @APIResponse}, the statuses of its own (201, 409,
 * 422...).
 */
package dev.comptoir.kit.openapi;
