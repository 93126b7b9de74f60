/**
 * The database probe: a WAR that {@code SharedDatabaseCostsIT} deploys beside the EAR to change and stop the
 * services' databases from inside the server, where their datasources are (H2 files open in the server's JVM).
 */
package dev.comptoir.ear.probe;
