/**
 * What the container's security says to a client, in the house's problem documents: every WAR with an
 * operator's security constraint (the aggregator's admin, the saga participants' operator actions) names
 * these as its error pages.
 */
package dev.comptoir.kit.security;
