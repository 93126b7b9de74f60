package dev.comptoir.aggregator.customers.entity;

import java.math.BigDecimal;

/** The fields of a Customers answer that the aggregator uses; others are ignored. */
public record Customer(String id, String name, String email, BigDecimal creditLimit, BigDecimal creditAvailable) {}
