package dev.comptoir.customers.credit.entity;

import dev.comptoir.kit.json.StrictBody;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Command, within a saga: hold {@code amount} of a customer's credit for an order. */
@StrictBody
public record ReserveCreditInSaga(
        @NotBlank @Size(max = 36) String customerId,
        @NotBlank @Size(max = 64) String orderId,

        @NotNull @DecimalMin("0.01") @Digits(integer = 15, fraction = 2)
        BigDecimal amount) {

    public ReserveCredit reservation() {
        return new ReserveCredit(orderId, amount);
    }
}
