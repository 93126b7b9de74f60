package dev.comptoir.aggregator.ordering.entity;

import dev.comptoir.kit.ids.Sku;
import dev.comptoir.kit.ids.Uuid;
import dev.comptoir.kit.json.StrictBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST /api/v1/orders}: the older shape, {@code {"customer","items":[{"product","qty"}]}}, validated in
 * its own names (a refusal names {@code items[0].qty}, as the v1 client wrote it) and then mapped onto v2.
 */
@StrictBody
public record PlaceOrderV1(
        @NotBlank @Uuid String customer,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull Item> items) {

    public record Item(
            @NotBlank @Sku String product,
            @NotNull @Positive @Max(10_000) Integer qty) {}

    public PlaceOrderV2 toV2() {
        return new PlaceOrderV2(
                customer,
                items.stream()
                        .map(item -> new PlaceOrderV2.Line(item.product(), item.qty()))
                        .toList());
    }
}
