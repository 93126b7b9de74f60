/**
 * Customer profiles: create, read, list and update the customers of Comptoir, the data that service A
 * owns in its own database (database per service).
 */
package dev.comptoir.customers.profile;
