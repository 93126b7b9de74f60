package dev.comptoir.orders.placement.entity;

import dev.comptoir.kit.json.StrictBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Command: a customer orders so many units of each SKU. */
@StrictBody
public record PlaceOrder(
        @NotBlank @Size(max = 36) String customerId,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull Line> lines) {

    /** Its name and schema version as a message, on order-commands and order-intake. */
    public static final String TYPE = "PlaceOrder";

    public static final int SCHEMA_VERSION = 1;

    public record Line(
            @NotBlank @Size(max = 64) String sku,
            @NotNull @Positive @Max(10_000) Integer quantity) {}
}
