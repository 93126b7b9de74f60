/**
 * The aggregator WAR of the course's diagram: the clients' single entry point in front of Customers
 * (A), Orders (B) and Inventory (C). It owns no database; it reaches the services only over HTTP with
 * its own client interfaces and DTOs.
 */
package dev.comptoir.aggregator;
