/**
 * The database platforms every persistence unit runs on, chosen by server-config for its database (system
 * property {@code comptoir.jpa.target-database}, eclipselink.cli, which each persistence.xml names as its
 * {@code eclipselink.target-database}): EclipseLink's own, with checks for what an existing database holds
 * already. On a database made at an earlier start, {@code create-or-extend-tables} (EclipseLink 4.0.9) sends
 * again every {@code CREATE SEQUENCE} (its check builds a {@code @SequenceGenerator}'s sequence definition by name
 * only, so it never finds the sequence) and every {@code ALTER TABLE ... ADD CONSTRAINT} of the unique and foreign
 * keys (it has no check), and logs each refusal ("already exists") as a WARN, which WildFly's EclipseLink logger
 * prints blank (it drops the exception). Here the catalogue is asked: a sequence there is altered, not created; a
 * constraint there is left out; a missing one is still created, as new columns are.
 */
package dev.comptoir.kit.persistence;
