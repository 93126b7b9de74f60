/**
 * The live console at {@code /ui} (docs/operations/console.md): its static page, the headers it is served with, and
 * the few operator routes it needs that the gateway's clients do not: a scenario's customer and product, a saga's
 * timeline, and the services' fault rules. Those reach the services' internal listener with the operator's token.
 */
package dev.comptoir.aggregator.console;
