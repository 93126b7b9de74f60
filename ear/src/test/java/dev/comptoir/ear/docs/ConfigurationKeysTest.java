package dev.comptoir.ear.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every configuration key Comptoir reads or sets in its main sources is named {@code comptoir.<module>.<kebab-case>}
 * and listed in docs/operations/configuration.md's table, or belongs to a specification or platform (the
 * allow-list). The keys are the names of {@code @ConfigProperty}, of {@code getValue}/{@code getOptionalValue} calls
 * (a variable in a key built by concatenation reads as {@code <variable>}), of each
 * {@code microprofile-config.properties}, of CLI {@code system-property=} resources, of {@code ${key:default}}
 * expressions in CLI scripts and persistence.xml, and of {@code -Dkey=} in XML (the test server's). A key that starts
 * with a variable is assembled from a specification's scheme ({@code <service>/mp-rest/url},
 * {@code <class>/CircuitBreaker/delay}) and skipped; Maven's properties filtered into arquillian.xml and the scripts
 * ({@code comptoir.runner.port}) are the build's, not configuration keys.
 */
class ConfigurationKeysTest {

    private static final Path ROOT = Path.of("..");
    private static final Path TABLE = ROOT.resolve("docs/operations/configuration.md");
    /** The module may be a variable: {@code comptoir.<service>.delivery} is each service's own key. */
    private static final Pattern COMPTOIR_KEY = Pattern.compile("comptoir\\.([a-z0-9-]+|<\\w+>)(\\.[a-z0-9<>-]+)+");

    private static final Pattern PLATFORM_KEY = Pattern.compile(String.join(
            "|",
            "(mp|otel|jboss|java|resteasy|smallrye|microprofile|eclipselink)\\..+",
            "lra\\.coordinator\\.url",
            "RecoveryEnvironmentBean\\.\\w+",
            "\\w+/mp-rest/\\w+"));
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
    private static final String OPERAND = "(?:\"[^\"]*\"|\\w+)";
    private static final Pattern READ =
            Pattern.compile("\\.get(?:Optional)?Values?\\(\\s*(" + OPERAND + "(?:\\s*\\+\\s*" + OPERAND + ")*)\\s*,");
    private static final Pattern SYSTEM_PROPERTY = Pattern.compile("system-property=([\\w.<>-]+)");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([\\w.<>-]+)[:}]");
    private static final Pattern JVM_ARGUMENT = Pattern.compile("-D([\\w.<>-]+)=");
    private static final Pattern TABLE_KEY = Pattern.compile("`(?:-D)?(comptoir\\.[^`=\\s]+)");

    @Test
    void everyKeyIsComptoirModuleKebabCaseOrAPlatformKey() {
        List<String> wrong = keys().stream()
                .filter(key -> !COMPTOIR_KEY.matcher(key).matches()
                        && !PLATFORM_KEY.matcher(key).matches())
                .toList();
        assertTrue(
                wrong.isEmpty(),
                "neither comptoir.<module>.<kebab-case> nor a specification's key:\n" + String.join("\n", wrong));
    }

    @Test
    void everyComptoirKeyIsInTheConfigurationTable() throws IOException {
        List<Pattern> listed =
                tableKeys().stream().map(ConfigurationKeysTest::asPattern).toList();
        List<String> missing = keys().stream()
                .filter(key -> key.startsWith("comptoir."))
                .filter(key -> listed.stream()
                        .noneMatch(pattern -> pattern.matcher(key).matches()))
                .toList();
        assertTrue(missing.isEmpty(), "not in " + TABLE + "'s table:\n" + String.join("\n", missing));
    }

    @Test
    void theTableNamesItsKeysTheSameWay() throws IOException {
        List<String> wrong = tableKeys().stream()
                .filter(key -> !COMPTOIR_KEY.matcher(key).matches())
                .toList();
        assertTrue(wrong.isEmpty(), "the table lists keys out of the scheme:\n" + String.join("\n", wrong));
    }

    /** Every key the main sources name. */
    private static Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        mainSources().forEach(file -> {
            String name = file.getFileName().toString();
            String text = name.matches(".*\\.(java|properties|cli|xml)") ? read(file) : "";
            if (name.endsWith(".java")) {
                CONFIG_PROPERTY.matcher(text).results().forEach(match -> keys.add(match.group(1)));
                READ.matcher(text)
                        .results()
                        .map(match -> joined(match.group(1)))
                        .filter(key -> !key.startsWith("<"))
                        .forEach(keys::add);
            } else if (name.equals("microprofile-config.properties")) {
                keys.addAll(propertyKeys(text));
            } else if (name.endsWith(".cli")) {
                SYSTEM_PROPERTY.matcher(text).results().forEach(match -> keys.add(match.group(1)));
                EXPRESSION.matcher(text).results().forEach(match -> keys.add(match.group(1)));
            } else if (name.endsWith(".xml")) {
                if (name.equals("persistence.xml")) {
                    EXPRESSION.matcher(text).results().forEach(match -> keys.add(match.group(1)));
                }
                JVM_ARGUMENT.matcher(text).results().forEach(match -> keys.add(match.group(1)));
            }
        });
        assertTrue(keys.size() > 40, "the scan finds the keys: " + keys);
        return keys;
    }

    /** {@code "comptoir.gateway.services." + service + ".urls"} is {@code comptoir.gateway.services.<service>.urls}. */
    private static String joined(String concatenation) {
        StringBuilder key = new StringBuilder();
        for (String operand : concatenation.split("\\s*\\+\\s*")) {
            key.append(operand.startsWith("\"") ? operand.substring(1, operand.length() - 1) : "<" + operand + ">");
        }
        return key.toString();
    }

    /** The keys of a properties file: each line's name before '=', skipping comments and continued values. */
    private static List<String> propertyKeys(String text) {
        List<String> keys = new ArrayList<>();
        boolean continued = false;
        for (String line : text.lines().toList()) {
            String stripped = line.strip();
            if (!continued && !stripped.isEmpty() && !stripped.startsWith("#")) {
                keys.add(stripped.split("[=:]", 2)[0].strip());
            }
            continued = stripped.endsWith("\\");
        }
        return keys;
    }

    /** The {@code comptoir.} keys in the table's first column, as written ({@code <service>} for any segment). */
    private static List<String> tableKeys() throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(TABLE)) {
            if (line.startsWith("| `")) {
                String firstCell = line.split(" \\| ", 2)[0];
                TABLE_KEY.matcher(firstCell).results().forEach(match -> keys.add(match.group(1)));
            }
        }
        assertTrue(keys.size() > 40, "the table lists the keys: " + keys);
        return keys;
    }

    private static Pattern asPattern(String tableKey) {
        StringBuilder regex = new StringBuilder();
        Matcher placeholder = Pattern.compile("<[^>]+>").matcher(tableKey);
        int last = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(tableKey.substring(last, placeholder.start())));
            regex.append("(?:<[^>]+>|[a-z0-9-]+)");
            last = placeholder.end();
        }
        return Pattern.compile(
                regex.append(Pattern.quote(tableKey.substring(last))).toString());
    }

    private static List<Path> mainSources() {
        try (Stream<Path> modules = Files.list(ROOT)) {
            return modules.map(module -> module.resolve("src/main"))
                    .filter(Files::isDirectory)
                    .flatMap(ConfigurationKeysTest::files)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> files(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
