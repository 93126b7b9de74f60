package dev.comptoir.inventory.restock.entity;

import dev.comptoir.kit.json.StrictBody;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Command: so many units received for a product, once per {@code restockId} (chosen by the client, a
 * segment of the restock's URL). */
@StrictBody
public record RestockProduct(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+")
        String restockId,

        @NotNull @Positive @Max(100_000) Integer quantity) {}
