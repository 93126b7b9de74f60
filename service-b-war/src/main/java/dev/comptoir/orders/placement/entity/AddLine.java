package dev.comptoir.orders.placement.entity;

import dev.comptoir.kit.json.StrictBody;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Command: one more line on a placed order. */
@StrictBody
public record AddLine(
        @NotBlank @Size(max = 64) String sku,
        @NotNull @Positive @Max(10_000) Integer quantity) {}
