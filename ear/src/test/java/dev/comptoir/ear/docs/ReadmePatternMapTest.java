package dev.comptoir.ear.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README's map from each course pattern to its page, code and proving test points at things that exist: the page
 * file, each package, script and class named, each test class and test method. A rename that leaves the map behind
 * fails here, before a reader follows a dead link.
 */
class ReadmePatternMapTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern PAGE = Pattern.compile("\\]\\((docs/[^)#]+\\.md)(#[^)]*)?\\)");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern TEST = Pattern.compile("^([A-Z]\\w*(?:IT|Test|Benchmark))(?:\\.(\\w+))?$");
    private static final Pattern PACKAGE = Pattern.compile("[a-z]+");
    private static final Pattern CLASS = Pattern.compile("[A-Z]\\w+");
    private static final List<Path> MAIN = walk("main");
    private static final List<Path> TESTS = walk("test");

    @Test
    void everyRowPointsAtAPageCodeAndTestsThatExist() throws IOException {
        List<String[]> rows = patternRows();
        assertTrue(rows.size() >= 20, "the map has a row per pattern: " + rows.size());
        List<String> missing = new ArrayList<>();
        for (String[] row : rows) {
            assertEquals(5, row.length, "pattern, page, module, endpoints, tests: " + String.join(" | ", row));
            if (row[2].contains("not built yet")) {
                continue;
            }
            Matcher page = PAGE.matcher(row[1]);
            if (!page.find() || !Files.isRegularFile(ROOT.resolve(page.group(1)))) {
                missing.add(row[0] + ": page " + row[1]);
            }
            codeOf(row[2]).filter(name -> !exists(name)).forEach(name -> missing.add(row[0] + ": code " + name));
            List<String> tests =
                    codeOf(row[4]).filter(name -> TEST.matcher(name).matches()).toList();
            if (tests.isEmpty()) {
                missing.add(row[0] + ": no test named");
            }
            tests.stream().filter(name -> !testExists(name)).forEach(name -> missing.add(row[0] + ": test " + name));
        }
        assertTrue(
                missing.isEmpty(), "README's pattern map points at what is not there:\n" + String.join("\n", missing));
    }

    /** The map's rows, split into cells, without the header and its rule. */
    private static List<String[]> patternRows() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf("## Patterns, where they live");
        assertTrue(start >= 0, "README has its pattern map");
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end)
                .lines()
                .filter(line -> line.startsWith("| ") && !line.startsWith("| course pattern"))
                .map(line -> line.substring(2, line.length() - 1).split(" ?\\| ", -1))
                .toList();
    }

    private static Stream<String> codeOf(String cell) {
        return CODE.matcher(cell).results().map(match -> match.group(1));
    }

    /** A module, a package, a CLI script, a Java or XML file, or a class; settings and wildcards are not code. */
    private static boolean exists(String name) {
        if (Files.isRegularFile(ROOT.resolve(name).resolve("pom.xml"))) {
            return true;
        }
        if (name.endsWith(".cli")) {
            return Files.isRegularFile(
                    ROOT.resolve("server-config/src/main/cli").resolve(name));
        }
        if (name.endsWith(".java") || name.endsWith(".xml")) {
            return MAIN.stream().anyMatch(path -> path.getFileName().toString().equals(name));
        }
        if (PACKAGE.matcher(name).matches()) {
            return MAIN.stream()
                    .anyMatch(path -> Files.isDirectory(path)
                            && path.getFileName().toString().equals(name));
        }
        if (CLASS.matcher(name).matches()) {
            return MAIN.stream().anyMatch(path -> path.getFileName().toString().equals(name + ".java"));
        }
        return true;
    }

    private static boolean testExists(String name) {
        Matcher test = TEST.matcher(name);
        assertTrue(test.matches());
        List<Path> files = TESTS.stream()
                .filter(path -> path.getFileName().toString().equals(test.group(1) + ".java"))
                .toList();
        assertFalse(files.size() > 1, "one test class of that name: " + files);
        return !files.isEmpty() && (test.group(2) == null || declares(files.get(0), test.group(2)));
    }

    private static boolean declares(Path testClass, String method) {
        try {
            return Pattern.compile("void " + method + "\\(")
                    .matcher(Files.readString(testClass))
                    .find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file and folder under the modules' {@code src/<kind>}: main code or tests. */
    private static List<Path> walk(String kind) {
        try (Stream<Path> modules = Files.list(ROOT)) {
            List<Path> roots = modules.map(module -> module.resolve("src").resolve(kind))
                    .filter(Files::isDirectory)
                    .toList();
            List<Path> all = new ArrayList<>();
            for (Path root : roots) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.forEach(all::add);
                }
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
