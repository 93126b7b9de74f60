package dev.comptoir.aggregator.auth.entity;

import java.util.Set;

/** A user the token endpoint knows, with the groups its tokens carry (MicroProfile JWT's roles). */
public record DemoUser(String name, Set<String> groups) {}
