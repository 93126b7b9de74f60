/** Where Inventory's messages go and how: its topic, and the database of its outbox and inbox. */
package dev.comptoir.inventory.messaging;
