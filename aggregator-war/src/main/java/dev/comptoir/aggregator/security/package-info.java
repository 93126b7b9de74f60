/** What the container's security says to a client, in the house's problem documents. */
package dev.comptoir.aggregator.security;
