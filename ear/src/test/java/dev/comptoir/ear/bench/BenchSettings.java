package dev.comptoir.ear.bench;

import java.util.Arrays;

/** The benchmarks' settings that are lists, e.g. {@code -Dbench.bff-orders=1,10,50}. */
final class BenchSettings {

    private BenchSettings() {}

    /** The comma-separated integers of this system property, or of the defaults without it. */
    static int[] integers(String property, String defaults) {
        return Arrays.stream(System.getProperty(property, defaults).split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
    }
}
