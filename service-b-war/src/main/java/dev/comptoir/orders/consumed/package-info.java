/**
 * Orders' own reading of the other services' events it acts on: no model jar is shared, each service owns
 * the types of what it publishes, and a consumer keeps a small record per event it takes, with only the
 * fields it uses, the names read in one place.
 */
package dev.comptoir.orders.consumed;
