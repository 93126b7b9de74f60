package dev.comptoir.aggregator.aggregation.entity;

import dev.comptoir.aggregator.downstream.SourceReport;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.Map;

/** The providers' answers side by side, as they wrote them; a missing optional part is null. */
@JsonbNillable
public record CustomerAggregate(
        JsonObject customer, JsonArray orders, JsonArray creditReservations, Map<String, SourceReport> sources) {}
