/**
 * Orders' event store in OrdersDS: append-only, one stream per order, a version per stream (unique with
 * the stream: optimistic concurrency) and a global position across streams; events are read back through
 * the upcaster chain, so readers only ever see current schema versions.
 */
package dev.comptoir.orders.eventstore;
