/**
 * Shared database (the course's "base de données partagée"), present only when the server runs in that data mode
 * ({@code comptoir.database.mode=shared-database}, {@code -Pshared-database}); otherwise its routes answer 404. Orders
 * here reads and writes Customers' and Inventory's tables directly, in their schemas of the one database: that
 * coupling is the pattern's price, and what it buys is create-order as one local ACID transaction (no saga, no
 * compensation) and a customer's overview as one SQL join. Database per service never reaches this code.
 */
package dev.comptoir.orders.shareddatabase;
