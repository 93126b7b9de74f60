/**
 * What the end-to-end tests share: the deployments they deploy (the built archives), a shop of customers and products made through the API, the services' own address, and clients of the broker (core, AMQP, STOMP) and of OTLP.
 */
package dev.comptoir.ear.support;
