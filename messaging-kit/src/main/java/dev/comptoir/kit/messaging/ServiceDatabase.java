package dev.comptoir.kit.messaging;

import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The service's own database, where its outbox and inbox tables live beside its data (so that they commit
 * together): each WAR produces an {@code EntityManager} with this qualifier for its persistence unit.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface ServiceDatabase {}
