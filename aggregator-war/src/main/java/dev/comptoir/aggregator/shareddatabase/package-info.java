/**
 * The gateway's routes to what the shared database makes possible (docs/patterns/05-database-per-service.md):
 * create-order as one local transaction and the overview as one SQL join, both made by Orders, which answers 404
 * unless the server runs on the shared database ({@code -Pshared-database}). Passed on as Orders answers.
 */
package dev.comptoir.aggregator.shareddatabase;
