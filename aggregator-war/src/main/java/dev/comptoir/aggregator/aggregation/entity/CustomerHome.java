package dev.comptoir.aggregator.aggregation.entity;

import dev.comptoir.aggregator.downstream.SourceReport;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.Map;

/**
 * A storefront home page for a customer, three independent widgets from three providers: the
 * customer (A), their orders (B) and the catalogue (C). A missing optional widget is null.
 */
@JsonbNillable
public record CustomerHome(
        JsonObject customer, JsonArray orders, JsonObject catalogue, Map<String, SourceReport> sources) {}
