/**
 * The API gateway (chapter 02, docs/patterns/02-api-gateway.md): the only door, its authentication and roles, rate limits, response cache, balancing, filtering, transformation, observability, OpenAPI and admin routes.
 */
package dev.comptoir.ear.gateway;
