package dev.comptoir.aggregator.breakers.entity;

import java.time.Instant;

/** Who changed which breaker how, and the state before and after. */
public record AuditEntry(Instant at, String operator, String breaker, String action, String from, String to) {}
