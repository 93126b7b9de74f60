/**
 * Request filtering at the gateway: what it refuses before anything is forwarded. A body over the gateway's
 * size limit (413), a body that is not JSON (415, JAX-RS' own {@code @Consumes}), and a body that names a
 * property the route does not know, has a value of the wrong JSON type or breaks a Bean Validation
 * constraint of the route's request record (400 naming each field: the service kit's
 * {@code StrictBodyReader}, which the services' request records take too). Every refusal is a problem
 * document.
 */
package dev.comptoir.aggregator.filtering;
