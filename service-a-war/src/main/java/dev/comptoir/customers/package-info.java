/** Customers (service A of the course's aggregator diagram): profiles and credit, on CustomersDS. */
package dev.comptoir.customers;
