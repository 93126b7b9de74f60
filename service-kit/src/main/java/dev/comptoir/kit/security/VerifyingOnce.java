package dev.comptoir.kit.security;

import io.smallrye.jwt.auth.mechanism.JWTHttpAuthenticationMechanism;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

/**
 * SmallRye JWT's authentication mechanism, declared again in this WAR so that its parser is {@link VerifiedTokens}:
 * SmallRye's own bean lives in a bean archive of WildFly's module, which does not see a WAR's alternatives.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
public class VerifyingOnce extends JWTHttpAuthenticationMechanism {}
