package dev.comptoir.kit.messaging;

import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The connection factory the service sends with: its own XA pooled factory (server-config's
 * {@code java:/jms/publisher/<name>}), logged in as the service's broker user, which the broker lets send to
 * the service's own destinations only. Each WAR produces a {@code ConnectionFactory} with this qualifier.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface ServiceConnectionFactory {}
