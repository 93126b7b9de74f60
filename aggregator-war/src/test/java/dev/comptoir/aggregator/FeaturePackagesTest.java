package dev.comptoir.aggregator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The aggregator's feature packages import one another in one direction only: no package reaches itself back. */
class FeaturePackagesTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/comptoir/aggregator");
    private static final Pattern IMPORT =
            Pattern.compile("^import dev\\.comptoir\\.aggregator\\.([a-z]+)\\.", Pattern.MULTILINE);

    @Test
    void noFeaturePackageImportsOneThatImportsItBack() throws IOException {
        Map<String, Set<String>> imports = imports();
        List<String> cycles = new ArrayList<>();
        for (String feature : imports.keySet()) {
            List<String> path = pathBack(feature, feature, imports, new HashSet<>());
            if (path != null) {
                cycles.add(feature + " -> " + String.join(" -> ", path));
            }
        }
        assertTrue(cycles.isEmpty(), "import cycles between feature packages:\n" + String.join("\n", cycles));
    }

    /** A chain of imports from {@code from} that ends at {@code target}, or null. */
    private static List<String> pathBack(
            String target, String from, Map<String, Set<String>> imports, Set<String> seen) {
        for (String next : imports.getOrDefault(from, Set.of())) {
            if (next.equals(target)) {
                return new ArrayList<>(List.of(next));
            }
            if (seen.add(next)) {
                List<String> rest = pathBack(target, next, imports, seen);
                if (rest != null) {
                    rest.add(0, next);
                    return rest;
                }
            }
        }
        return null;
    }

    /** Each feature package (a folder under the aggregator's root package) and the others its classes import. */
    private static Map<String, Set<String>> imports() throws IOException {
        Map<String, Set<String>> imports = new HashMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")
                            && !file.getParent().equals(SOURCES))
                    .forEach(file -> {
                        String feature = SOURCES.relativize(file).getName(0).toString();
                        IMPORT.matcher(read(file))
                                .results()
                                .map(match -> match.group(1))
                                .filter(imported -> !imported.equals(feature))
                                .forEach(imported -> imports.computeIfAbsent(feature, f -> new HashSet<>())
                                        .add(imported));
                    });
        }
        return imports;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
