package dev.comptoir.kit.faults;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.regex.Pattern;

/**
 * Requests whose method and path (relative to the WAR, e.g. {@code products/COFFEE-1KG}) match get
 * {@code latencyMs} plus up to {@code jitterMs} of delay, and fail with {@code failureStatus} at the
 * rate {@code failureRate} (0 to 1).
 */
public record FaultRule(
        String method,
        @NotBlank String pathPattern,
        @Min(0) @Max(60_000) long latencyMs,
        @Min(0) @Max(60_000) long jitterMs,
        @DecimalMin("0") @DecimalMax("1") double failureRate,
        @Min(400) @Max(599) Integer failureStatus) {

    boolean matches(String requestMethod, String path) {
        return (method == null || method.equalsIgnoreCase(requestMethod)) && Pattern.matches(pathPattern, path);
    }

    int status() {
        return failureStatus == null ? 503 : failureStatus;
    }
}
