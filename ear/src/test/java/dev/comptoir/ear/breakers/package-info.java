/**
 * Circuit breakers (chapter 10, docs/patterns/10-circuit-breakers.md): the six variants against a failing Inventory, and a breaker's state shared by the gateway's instances.
 */
package dev.comptoir.ear.breakers;
