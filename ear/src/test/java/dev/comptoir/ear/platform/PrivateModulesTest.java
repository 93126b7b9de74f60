package dev.comptoir.ear.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The WARs compile against some of WildFly's own modules ({@code provided} dependencies), a few of them private
 * ({@code jboss.api=private}: free to change in any WildFly update). Both checks read the server this build
 * provisions: every such dependency is compiled at the version the server runs, so that an upgrade of WildFly
 * fails here until the POM follows it and the code is compiled and tested again against what changed; and a
 * private module's packages are used only by the classes docs/decisions.md names, each for a stated reason.
 */
class PrivateModulesTest {

    private static final Path ROOT = Path.of("..");
    private static final Path MODULES = ROOT.resolve("server-config/target/server/modules/system/layers/base");

    /** The classes that may use a private module, each said in docs/decisions.md, "WildFly's private modules". */
    private static final Set<String> PRIVATE_USERS = Set.of(
            "kit/security/VerifiedTokens.java",
            "kit/security/VerifyingOnce.java",
            "aggregator/breakers/control/MicroProfileBreaker.java",
            "aggregator/breakers/control/BreakerMetrics.java",
            "aggregator/monitoring/control/GatewayMetrics.java",
            "aggregator/downstream/BufferedHttpEngine.java",
            "aggregator/downstream/ServiceConnections.java",
            "aggregator/downstream/ServiceClients.java");

    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    @Test
    void everyProvidedDependencyTheServerShipsIsCompiledAtTheServersVersion() {
        assertTrue(Files.isDirectory(MODULES), "the build provisions the server first: " + MODULES);
        List<String> drifted = new ArrayList<>();
        List<Shipped> shipped = shippedDependencies();
        for (Shipped dependency : shipped) {
            if (!dependency.jar().getFileName().toString().equals(dependency.expectedJarName())) {
                drifted.add(dependency.artifact() + " " + dependency.version() + ", the server runs "
                        + dependency.jar().getFileName());
            }
        }
        assertTrue(shipped.size() >= 10, "the provided dependencies found in the server: " + shipped);
        assertTrue(
                drifted.isEmpty(),
                "compiled against other versions than the server runs (follow the server in pom.xml, then build"
                        + " and run the ITs):\n" + String.join("\n", drifted));
    }

    @Test
    void privateModulesAreUsedOnlyByTheClassesThatSayWhy() throws IOException {
        Set<String> privatePackages = shippedDependencies().stream()
                .filter(Shipped::isPrivate)
                .flatMap(dependency -> moduleJars(dependency.jar()).stream())
                .flatMap(jar -> packagesOf(jar).stream())
                .collect(Collectors.toCollection(TreeSet::new));
        assertFalse(privatePackages.isEmpty(), "SmallRye JWT, at least, is a private module");
        List<String> unexpected = new ArrayList<>();
        Set<String> users = new TreeSet<>();
        for (Path source : mainSources()) {
            String text = Files.readString(source);
            Optional<String> used = privatePackages.stream()
                    .filter(name -> Pattern.compile("\\b" + Pattern.quote(name) + "\\.[A-Z]")
                            .matcher(text)
                            .find())
                    .findFirst();
            if (used.isPresent()) {
                String name = source.toString().replace('\\', '/').replaceFirst(".*/dev/comptoir/", "");
                users.add(name);
                if (!PRIVATE_USERS.contains(name)) {
                    unexpected.add(name + " uses " + used.get());
                }
            }
        }
        assertTrue(
                unexpected.isEmpty(),
                "a private module of WildFly used by a class docs/decisions.md does not name:\n"
                        + String.join("\n", unexpected));
        assertTrue(
                users.containsAll(PRIVATE_USERS),
                "classes named as private modules' users no longer use one (drop them here and in the docs): "
                        + PRIVATE_USERS.stream()
                                .filter(name -> !users.contains(name))
                                .toList());
    }

    /** The parent POM's provided dependencies of which the server's modules hold a jar, whatever its version. */
    private static List<Shipped> shippedDependencies() {
        String pom = read(ROOT.resolve("pom.xml"));
        Map<String, String> properties = Pattern.compile("<(version\\.[\\w.-]+)>([^<]+)</")
                .matcher(pom)
                .results()
                .collect(Collectors.toMap(m -> m.group(1), m -> m.group(2), (a, b) -> a));
        String managed = pom.substring(pom.indexOf("<dependencyManagement>"), pom.indexOf("</dependencyManagement>"));
        List<Shipped> shipped = new ArrayList<>();
        Matcher dependency = DEPENDENCY.matcher(managed);
        while (dependency.find()) {
            String text = dependency.group(1);
            if (!text.contains("<scope>provided</scope>")) {
                continue;
            }
            String artifact = element(text, "artifactId");
            String version = PROPERTY.matcher(element(text, "version"))
                    .replaceAll(m -> Matcher.quoteReplacement(properties.getOrDefault(m.group(1), m.group())));
            jarOf(artifact).ifPresent(jar -> shipped.add(new Shipped(artifact, version, jar)));
        }
        return shipped;
    }

    private static Optional<Path> jarOf(String artifact) {
        Pattern name = Pattern.compile(Pattern.quote(artifact) + "-\\d.*\\.jar");
        try (Stream<Path> files = Files.walk(MODULES)) {
            return files.filter(
                            file -> name.matcher(file.getFileName().toString()).matches())
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jars of the module that holds this one: a module's packages may come from several. */
    private static List<Path> moduleJars(Path jar) {
        try (Stream<Path> files = Files.list(jar.getParent())) {
            return files.filter(file -> file.toString().endsWith(".jar")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> packagesOf(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream()
                    .map(entry -> entry.getName())
                    .filter(name -> name.endsWith(".class") && name.contains("/"))
                    .map(name -> name.substring(0, name.lastIndexOf('/')).replace('/', '.'))
                    .filter(name -> !name.startsWith("META-INF"))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every module's main Java sources (the modules are the repository's top folders). */
    private static List<Path> mainSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path code :
                    modules.map(module -> module.resolve("src/main/java")).toList()) {
                if (Files.isDirectory(code)) {
                    try (Stream<Path> files = Files.walk(code)) {
                        files.filter(file -> file.toString().endsWith(".java")).forEach(sources::add);
                    }
                }
            }
        }
        return sources;
    }

    private static String element(String text, String name) {
        Matcher value = Pattern.compile("<" + name + ">([^<]+)</" + name + ">").matcher(text);
        return value.find() ? value.group(1).trim() : "";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Shipped(String artifact, String version, Path jar) {

        String expectedJarName() {
            return artifact + "-" + version + ".jar";
        }

        boolean isPrivate() {
            return read(jar.resolveSibling("module.xml")).contains("name=\"jboss.api\" value=\"private\"");
        }
    }
}
