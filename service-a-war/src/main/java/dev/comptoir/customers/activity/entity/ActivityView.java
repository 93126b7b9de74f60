package dev.comptoir.customers.activity.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/** A customer's ordering activity; zero for a customer with no order seen yet. */
@JsonbNillable
public record ActivityView(String customerId, long ordersPlaced, long unitsOrdered, Instant lastOrderAt) {

    public static ActivityView of(CustomerActivity activity) {
        return new ActivityView(
                activity.customerId(), activity.ordersPlaced(), activity.unitsOrdered(), activity.lastOrderAt());
    }
}
