/**
 * The routes this application serves, as WildFly handed them to RESTEasy ({@code GET /api/admin/routes}), to hold
 * against the MicroProfile OpenAPI document at {@code /openapi}: a route served and not documented, or
 * documented and not served, is a test failure.
 */
package dev.comptoir.aggregator.routes;
