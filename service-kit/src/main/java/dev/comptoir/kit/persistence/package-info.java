/**
 * The database platforms every persistence unit runs on, chosen by server-config for its database (system
 * property {@code comptoir.jpa.target-database}, eclipselink.cli, which each persistence.xml names as its
 * {@code eclipselink.target-database}): EclipseLink's own, with a working check for an existing
 * sequence. EclipseLink 4.0.9 builds the definition of a {@code @SequenceGenerator}'s sequence without the sequence
 * that its existence check asks, so the check always fails and {@code create-or-extend-tables} sends
 * {@code CREATE SEQUENCE} again at every deployment, logging each refusal ("already exists") as a warning.
 */
package dev.comptoir.kit.persistence;
