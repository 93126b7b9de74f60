package dev.comptoir.orders.placement.entity;

import dev.comptoir.kit.json.StrictBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Command: reject a placed order, saying why. */
@StrictBody
public record RejectOrder(@NotBlank @Size(max = 500) String reason) {}
