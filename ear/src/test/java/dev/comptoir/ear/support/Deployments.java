package dev.comptoir.ear.support;

import dev.comptoir.ear.probe.DatabaseProbe;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the tests deploy: the EAR exactly as the build packaged it, and extra instances of its WARs. */
public final class Deployments {

    private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";
    private static final String JBOSS_WEB = "WEB-INF/jboss-web.xml";

    private Deployments() {}

    /**
     * Where a test calls the services (Customers, Orders, Inventory) directly, as a client walking around the
     * gateway would: {@code http://host:port} of the server. The one place to change when they move.
     */
    public static String services(URL base) {
        return "http://" + base.getHost() + ":" + base.getPort();
    }

    public static EnterpriseArchive comptoirEar() {
        return ShrinkWrap.create(ZipImporter.class, "comptoir.ear")
                .importFrom(new File("target/comptoir.ear"))
                .as(EnterpriseArchive.class);
    }

    /** The test-only database probe (package {@code probe}) at /database-probe, beside the EAR. */
    public static WebArchive databaseProbe() {
        return ShrinkWrap.create(WebArchive.class, "database-probe.war").addPackage(DatabaseProbe.class.getPackage());
    }

    /**
     * The aggregator again at /cached with its response cache on and a TTL of 5 minutes, so that an answer that
     * changes within a test changed because an event or a write dropped the cached one, not because it expired.
     */
    public static WebArchive cachingAggregator() {
        return instance(
                "../aggregator-war/target/aggregator.war",
                "cached",
                "comptoir.gateway.response-cache.enabled=true\ncomptoir.gateway.response-cache.ttl-seconds=300");
    }

    /**
     * Another instance of a WAR as the build made it ({@code ../aggregator-war/target/aggregator.war}, say),
     * deployed as {@code <name>.war} at context root {@code /<name>}, with these lines added to its
     * MicroProfile Config file.
     */
    public static WebArchive instance(String builtWar, String name, String extraConfig) {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, name + ".war")
                .importFrom(new File(builtWar))
                .as(WebArchive.class);
        Node config = war.get(CONFIG);
        String lines = config == null ? "" : read(config.getAsset().openStream());
        war.delete(CONFIG);
        war.add(new StringAsset(lines + "\n" + extraConfig + "\n"), CONFIG);
        String jbossWeb = read(war.get(JBOSS_WEB).getAsset().openStream())
                .replaceFirst("<context-root>[^<]*</context-root>", "<context-root>/" + name + "</context-root>");
        war.delete(JBOSS_WEB);
        war.add(new StringAsset(jbossWeb), JBOSS_WEB);
        return war;
    }

    private static String read(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
