package dev.comptoir.aggregator.orders.entity;

import jakarta.json.JsonObject;
import java.net.URI;

/**
 * Orders' answer to a write: 201 with the order, or 202 with the queued command's status; its Location and,
 * for a placed order, the global position of its last event ({@code Event-Position}).
 */
public record OrdersAnswer(int status, URI location, Long position, JsonObject body) {}
