import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Composes the one CLI file that configures the managed domain offline: an embedded host controller for the domain
 * and its primary host, then two for the second host (a rename needs a restart). server-config's scripts are written
 * for a standalone server; the domain applies each of them to each service's profile, through three rewrites:
 * <ul>
 *   <li>{@code /subsystem=...} becomes {@code /profile=<profile>/subsystem=...} (also after {@code if ... of});
 *   <li>the socket binding group {@code standard-sockets} becomes the services' {@code full-sockets} (the stock group of the full profile);
 *   <li>{@code ${jboss.server.config.dir}} becomes {@code ${jboss.domain.config.dir}}, the host's configuration folder,
 *       where the build copies the keys and files server-config made.
 * </ul>
 * Root resources ({@code /extension}, {@code /system-property}, {@code /interface}) are the domain's, shared by every
 * profile: their scripts' checks make the second to fourth application no-ops. The embed-server lines of a script
 * written for its own session are dropped.
 *
 * <p>Arguments: the folder of server-config's filtered scripts, the folder of the domain's scripts (with BrokerConfig's
 * messaging-&lt;profile&gt;.cli), and comptoir-credentials.properties (the second host's login to the primary).
 */
public class DomainScripts {

    private static final List<String> PROFILES = List.of("customers", "orders", "inventory", "gateway");

    /**
     * server-config's scripts in its order (its pom, join-cli-scripts), but for those of the single server alone:
     * no-deployments (each group has its own deployment here), messaging, journal and connection-factory-logins (the
     * broker is Artemis' own pair here; BrokerConfig turned them into the broker's configuration and
     * messaging-&lt;profile&gt;.cli), and health and metrics, whose subsystems serve a standalone server's management
     * interface, which a domain's servers lack (readiness.cli and micrometer.cli, below, stand in).
     */
    private static final List<String> SERVER_CONFIG_SCRIPTS = List.of(
            "root-context.cli", "internal-listener.cli", "request-limits.cli", "microprofile.cli", "eclipselink.cli",
            "postgresql-driver.cli", "datasources.cli", "no-example-datasource.cli", "transactions.cli", "logging.cli",
            "threads.cli", "telemetry.cli", "jwt.cli");

    /** After server-config's, for each profile: its messaging (a client of the broker pair), Micrometer and readiness. */
    private static final List<String> PROFILE_SCRIPTS =
            List.of("remote-broker.cli", "messaging-%s.cli", "micrometer.cli", "readiness.cli");

    private static final Pattern SUBSYSTEM = Pattern.compile("(^\\s*|\\bof\\s+)/subsystem=", Pattern.MULTILINE);
    private static final Pattern EMBEDDING = Pattern.compile("^\\s*(embed-server|stop-embedded-server)\\b.*\\R?", Pattern.MULTILINE);

    public static void main(String[] args) throws IOException {
        Path serverConfig = Path.of(args[0]);
        Path domain = Path.of(args[1]);
        StringBuilder cli = new StringBuilder();
        cli.append(embed("host-primary.xml"));
        cli.append(read(domain.resolve("profiles.cli")));
        for (String profile : PROFILES) {
            for (String script : SERVER_CONFIG_SCRIPTS) {
                cli.append(forProfile(read(serverConfig.resolve(script)), profile));
            }
            for (String script : PROFILE_SCRIPTS) {
                cli.append(forProfile(read(domain.resolve(String.format(script, profile))), profile));
            }
        }
        for (String script : List.of("datasources-per-service.cli", "coordinator-placement.cli", "load-balancer.cli", "deployments.cli", "primary-host.cli")) {
            cli.append(read(domain.resolve(script)));
        }
        cli.append("stop-embedded-host-controller\n");
        // The second host starts from the stock primary template (the build copies it afresh), renamed first.
        cli.append(embed("host-secondary-comptoir.xml"))
                .append("/host=primary:write-attribute(name=name, value=secondary)\n")
                .append("stop-embedded-host-controller\n");
        cli.append(embed("host-secondary-comptoir.xml"));
        cli.append(read(domain.resolve("secondary-host.cli")));
        cli.append(primaryLogin(load(Path.of(args[2]))));
        cli.append("stop-embedded-host-controller\n");
        Path out = domain.resolve("comptoir-domain.cli");
        Files.deleteIfExists(out);
        Files.createFile(out, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer writer = Files.newBufferedWriter(out)) {
            writer.write(cli.toString());
        }
        System.out.println("Domain configuration script: " + out);
    }

    /** A standalone server's script, for one profile of the domain. */
    static String forProfile(String script, String profile) {
        String unwrapped = EMBEDDING.matcher(script).replaceAll("");
        String profiled = SUBSYSTEM.matcher(unwrapped).replaceAll("$1/profile=" + profile + "/subsystem=");
        return "# --- for profile " + profile + "\n"
                + profiled.replace("/socket-binding-group=standard-sockets/", "/socket-binding-group=full-sockets/")
                        .replace("${jboss.server.config.dir}", "${jboss.domain.config.dir}");
    }

    /**
     * The second host authenticates to the domain controller as server-config's management user (digest over
     * remote+http); generated because the password is not committed.
     */
    private static String primaryLogin(Properties credentials) {
        String elytron = "/host=secondary/subsystem=elytron";
        return "# The second host's login to the domain controller: server-config's management user.\n"
                + "if (outcome != success) of " + elytron + "/authentication-configuration=primary:read-resource\n"
                + "    " + elytron + "/authentication-configuration=primary:add(authentication-name=\""
                + credentials.getProperty("admin.user") + "\", realm=ManagementRealm, credential-reference={clear-text=\""
                + credentials.getProperty("admin.password") + "\"})\n"
                + "end-if\n"
                + "if (outcome != success) of " + elytron + "/authentication-context=primary:read-resource\n"
                + "    " + elytron + "/authentication-context=primary:add(match-rules=[{authentication-configuration=primary}])\n"
                + "end-if\n"
                + "/host=secondary:write-attribute(name=domain-controller, value={remote={protocol=remote+http, "
                + "host=\"${jboss.domain.primary.address:127.0.0.1}\", port=\"${jboss.domain.primary.port:9990}\", "
                + "authentication-context=primary}})\n";
    }

    private static String embed(String hostConfig) {
        return "embed-host-controller --domain-config=domain.xml --host-config=" + hostConfig + " --std-out=discard\n";
    }

    private static String read(Path file) throws IOException {
        String text = Files.readString(file);
        return text.endsWith("\n") ? text : text + "\n";
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        return properties;
    }
}
