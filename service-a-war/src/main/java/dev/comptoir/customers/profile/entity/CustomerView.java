package dev.comptoir.customers.profile.entity;

import java.math.BigDecimal;

/** A customer as the API shows it, with their credit figures. */
public record CustomerView(
        String id,
        String name,
        String email,
        BigDecimal creditLimit,
        BigDecimal creditReserved,
        BigDecimal creditConfirmed,
        BigDecimal creditAvailable,
        long version) {

    public static CustomerView of(Customer customer) {
        return new CustomerView(
                customer.id(),
                customer.name(),
                customer.email(),
                customer.creditLimit(),
                customer.creditReserved(),
                customer.creditConfirmed(),
                customer.creditAvailable(),
                customer.version());
    }
}
