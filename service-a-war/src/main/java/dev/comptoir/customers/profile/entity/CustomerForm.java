package dev.comptoir.customers.profile.entity;

import dev.comptoir.kit.json.StrictBody;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** What a client may set on a customer; the credit in use and the id are the server's. */
@StrictBody
public record CustomerForm(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 200) String email,

        @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2)
        BigDecimal creditLimit) {}
