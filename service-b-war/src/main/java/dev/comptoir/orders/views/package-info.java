/**
 * CQRS read side: projections of the order events into OrdersViewDS (each order's summary, orders per
 * status, daily totals), fed asynchronously from the order-events topic, and the queries that read only
 * them, with the projection's position and lag: GET /orders?customerId= ({@code boundary.CustomerOrdersResource})
 * and /orders/views/... ({@code boundary.OrderViewsResource}).
 */
package dev.comptoir.orders.views;
