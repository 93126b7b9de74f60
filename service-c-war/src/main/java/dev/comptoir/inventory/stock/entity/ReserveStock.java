package dev.comptoir.inventory.stock.entity;

import dev.comptoir.kit.json.StrictBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Command: hold stock for every line of an order, or for none. */
@StrictBody
public record ReserveStock(
        @NotBlank @Size(max = 64) String orderId,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull Line> lines) {

    public record Line(
            @NotBlank @Size(max = 64) String sku,
            @NotNull @Positive @Max(10_000) Integer quantity) {}

    /** Quantities per SKU in SKU order; a SKU named on two lines counts once, summed. */
    public Map<String, Integer> quantities() {
        Map<String, Integer> quantities = new TreeMap<>();
        lines.forEach(line -> quantities.merge(line.sku(), line.quantity(), Integer::sum));
        return quantities;
    }
}
