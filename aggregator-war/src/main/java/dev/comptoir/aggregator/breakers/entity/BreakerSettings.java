package dev.comptoir.aggregator.breakers.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How one breaker is set up. Read from MicroProfile Config ({@code comptoir.gateway.breakers.<service>.<setting>},
 * falling back to {@code comptoir.gateway.breakers.<setting>}, the setting's name in kebab-case: {@code window-size})
 * and from an operator's PUT (the names below: {@code windowSize}), for all six variants. Each variant uses the settings
 * that apply to it ({@link #thresholds()}): MicroProfile Fault Tolerance's simple and counter breakers take
 * {@code windowSize} (its request volume threshold, a count window that is also its minimum), {@code failureRate}
 * (the simple one only: the counter opens when its whole window failed, {@code windowSize} failures in a row),
 * {@code openMs} (its delay) and {@code halfOpenCalls} (its success threshold).
 *
 * @param window        {@code count} (the last windowSize calls) or {@code time} (the last windowSize seconds)
 * @param failureRate   percentage of failed calls in the window that opens the breaker
 * @param slowCallMs    a call slower than this counts as slow (0: never)
 * @param slowCallRate  percentage of slow calls in the window that opens the breaker
 * @param openMs        how long it stays open (the adaptive breaker's shortest open time)
 * @param halfOpenCalls trial calls let through when half-open
 * @param warmupCalls   calls the adaptive breaker learns from before it may trip
 * @param recentCalls   calls that make the adaptive breaker's "now", compared with its baseline
 * @param deviations    how many mean deviations above the baseline latency is a regression
 * @param latencyRatio  a regression is also at least this many times the baseline latency
 * @param latencyMarginMs a regression is also at least this many ms above the baseline latency
 * @param errorMargin   failure share above the baseline's that trips the adaptive breaker
 * @param maxOpenMs     the adaptive breaker's longest open time
 * @param stableMs      closed this long without a trip, the adaptive open time halves
 */
public record BreakerSettings(
        Variant variant,
        String window,
        int windowSize,
        int minimumCalls,
        float failureRate,
        long slowCallMs,
        float slowCallRate,
        long openMs,
        int halfOpenCalls,
        int warmupCalls,
        int recentCalls,
        double deviations,
        double latencyRatio,
        long latencyMarginMs,
        double errorMargin,
        long maxOpenMs,
        long stableMs) {

    public static final Set<String> NAMES = Set.of(
            "variant",
            "window",
            "windowSize",
            "minimumCalls",
            "failureRate",
            "slowCallMs",
            "slowCallRate",
            "openMs",
            "halfOpenCalls",
            "warmupCalls",
            "recentCalls",
            "deviations",
            "latencyRatio",
            "latencyMarginMs",
            "errorMargin",
            "maxOpenMs",
            "stableMs");

    /**
     * @param values a value by name, or empty for the default
     * @return the settings, or the list of what is wrong with them
     */
    public static Parsed parse(Function<String, Optional<String>> values) {
        Reader read = new Reader(values);
        String variantName = values.apply("variant").orElse("simple");
        Variant variant = Variant.of(variantName).orElse(null);
        if (variant == null) {
            read.violations.put("variant", "is not one of simple, timed, counter, gauge, adaptive, manual");
        }
        String window = values.apply("window").orElse("count");
        if (!window.equals("count") && !window.equals("time")) {
            read.violations.put("window", "is neither count nor time");
        }
        BreakerSettings settings = new BreakerSettings(
                variant,
                window,
                read.integer("windowSize", 10, 1, 10_000),
                read.integer("minimumCalls", 5, 1, 10_000),
                (float) read.decimal("failureRate", 50, 1, 100),
                read.integer("slowCallMs", 0, 0, 600_000),
                (float) read.decimal("slowCallRate", 100, 1, 100),
                read.integer("openMs", 5_000, 1, 3_600_000),
                read.integer("halfOpenCalls", 2, 1, 1_000),
                read.integer("warmupCalls", 20, 1, 100_000),
                read.integer("recentCalls", 5, 1, 1_000),
                read.decimal("deviations", 4, 0, 100),
                read.decimal("latencyRatio", 2, 1, 1_000),
                read.integer("latencyMarginMs", 25, 0, 600_000),
                read.decimal("errorMargin", 0.3, 0.01, 1),
                read.integer("maxOpenMs", 60_000, 1, 3_600_000),
                read.integer("stableMs", 30_000, 1, 86_400_000));
        if (read.violations.isEmpty() && settings.maxOpenMs < settings.openMs) {
            read.violations.put("maxOpenMs", "is below openMs");
        }
        return new Parsed(read.violations.isEmpty() ? settings : null, read.violations);
    }

    /** A setting's name in configuration keys: {@code windowSize} is {@code window-size}. */
    public static String configName(String name) {
        return name.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    /** The settings, or what is wrong with them by name. */
    public record Parsed(BreakerSettings settings, Map<String, String> violations) {}

    private static final class Reader {

        private final Function<String, Optional<String>> values;
        private final Map<String, String> violations = new LinkedHashMap<>();

        Reader(Function<String, Optional<String>> values) {
            this.values = values;
        }

        int integer(String name, int fallback, int min, int max) {
            return (int) Math.round(number(name, fallback, min, max, true));
        }

        double decimal(String name, double fallback, double min, double max) {
            return number(name, fallback, min, max, false);
        }

        private double number(String name, double fallback, double min, double max, boolean whole) {
            Optional<String> text = values.apply(name);
            if (text.isEmpty()) {
                return fallback;
            }
            try {
                double value = Double.parseDouble(text.get().trim());
                if (whole && value != Math.rint(value)) {
                    violations.put(name, "must be a whole number");
                } else if (value < min || value > max) {
                    violations.put(name, "must be between " + format(min) + " and " + format(max));
                }
                return value;
            } catch (NumberFormatException e) {
                violations.put(name, "is not a number: " + text.get());
                return fallback;
            }
        }

        private static String format(double bound) {
            return bound == Math.rint(bound) ? Long.toString((long) bound) : Double.toString(bound);
        }
    }

    /** The settings that apply to this variant, by name, for the runtime view. */
    public Map<String, Object> thresholds() {
        Map<String, Object> shown = new LinkedHashMap<>();
        if (variant.engine == Variant.Engine.MICROPROFILE) {
            shown.put("windowSize", windowSize);
            if (variant == Variant.SIMPLE) {
                shown.put("failureRate", failureRate);
            }
            shown.put("openMs", openMs);
            shown.put("halfOpenCalls", halfOpenCalls);
            return shown;
        }
        if (variant == Variant.ADAPTIVE) {
            shown.put("warmupCalls", warmupCalls);
            shown.put("recentCalls", recentCalls);
            shown.put("deviations", deviations);
            shown.put("latencyRatio", latencyRatio);
            shown.put("latencyMarginMs", latencyMarginMs);
            shown.put("errorMargin", errorMargin);
            shown.put("openMs", openMs);
            shown.put("maxOpenMs", maxOpenMs);
            shown.put("stableMs", stableMs);
            shown.put("halfOpenCalls", halfOpenCalls);
            return shown;
        }
        shown.put("window", window);
        shown.put("windowSize", windowSize);
        shown.put("minimumCalls", minimumCalls);
        shown.put("failureRate", failureRate);
        if (slowCallMs > 0) {
            shown.put("slowCallMs", slowCallMs);
            shown.put("slowCallRate", slowCallRate);
        }
        shown.put("openMs", openMs);
        if (variant != Variant.TIMED) {
            shown.put("halfOpenCalls", halfOpenCalls);
        }
        return shown;
    }

    /** Unknown names, so that a typo in a PUT is refused rather than silently ignored. */
    public static List<String> unknown(Iterable<String> names) {
        List<String> unknown = new ArrayList<>();
        names.forEach(name -> {
            if (!NAMES.contains(name)) {
                unknown.add(name);
            }
        });
        return unknown;
    }
}
