/**
 * The create-order saga, orchestrated with MicroProfile LRA: Orders places the order, starts an LRA on
 * WildFly's coordinator and asks Customers and Inventory to reserve within it (they join as participants);
 * then closes the LRA (the participants confirm) and approves the order, or on a refusal or fault cancels
 * it (the participants release) and rejects the order with the reason. Or choreographed, with no
 * coordinator: Orders publishes OrderSagaStarted, Customers and Inventory react to it and to each other's
 * events, and Orders approves or rejects the order on their answers or at the saga's deadline, which the
 * participants confirm or compensate. Each saga's record and timeline stays in OrdersDS. Its entries: POST
 * /orders?saga= ({@code boundary.SagaPlacement}) and GET /orders/{id}/saga ({@code boundary.SagasResource}).
 */
package dev.comptoir.orders.saga;
