package dev.comptoir.customers.credit.entity;

import dev.comptoir.kit.json.StrictBody;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Command: hold {@code amount} of a customer's credit for an order. */
@StrictBody
public record ReserveCredit(
        @NotBlank @Size(max = 64) String orderId,

        @NotNull @DecimalMin("0.01") @Digits(integer = 15, fraction = 2)
        BigDecimal amount) {}
