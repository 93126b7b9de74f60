package dev.comptoir.inventory.catalogue.entity;

import dev.comptoir.kit.json.StrictBody;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A new product with its initial stock. */
@StrictBody
public record ProductForm(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+")
        String sku,

        @NotBlank @Size(max = 200) String name,

        @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2)
        BigDecimal price,

        @NotNull @Min(0) Integer stock) {}
