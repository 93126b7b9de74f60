/**
 * The gateway's check of a request's parameters before anything uses them: each path parameter against its
 * grammar (the kit's {@code dev.comptoir.kit.ids}: what the services' ids really are), and no query
 * parameter the route does not take. A refusal is a 400 problem naming each parameter.
 */
package dev.comptoir.aggregator.parameters;
