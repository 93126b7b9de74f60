/**
 * The write path's floors: a WAR that {@code WritePathBenchmark} deploys beside the EAR to time, inside the
 * server, the bare writes a placement is made of, through the services' own datasources and the server's broker.
 */
package dev.comptoir.ear.bench.floors;
