/** Where Orders' messages go and how: destinations, and the database of its outbox and inbox. */
package dev.comptoir.orders.messaging;
