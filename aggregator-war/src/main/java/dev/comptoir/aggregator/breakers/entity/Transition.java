package dev.comptoir.aggregator.breakers.entity;

import java.time.Instant;

/** One change of a breaker's state, on the breakers' clock, and what caused it. */
public record Transition(String breaker, String from, String to, Instant at, String cause) {}
