import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The managed domain's broker: a live/backup pair of Apache Artemis brokers (replication), outside the app servers,
 * configured from server-config's messaging.cli so that destinations, subscriber groups, per-address security and
 * retry policy are defined once, there (and the journal's settings from journal.cli, beside it). It creates the two
 * broker instances with Artemis' own {@code artemis create}, then replaces their addresses, security, address
 * settings and journal settings with those scripts', adds the WARs' broker users (server-config's Credentials.java)
 * with their roles, and grants each role consumption where its MDBs listen (consumers.properties). For each WAR's
 * profile it writes a CLI script (owner-only: it holds that WAR's password) that binds the same JNDI names to the
 * pair's destinations and gives the WAR its own publisher and its MDBs its login.
 *
 * <p>Arguments: messaging.cli (filtered; journal.cli is read from its folder), consumers.properties,
 * comptoir-credentials.properties, the Artemis home, the folder of the broker instances, and the folder of the
 * generated scripts.
 */
public class BrokerConfig {

    /** The WARs' profiles; each sends through the publisher of its own name (messaging.cli) and logs in as its user. */
    private static final List<String> SERVICES = List.of("customers", "orders", "inventory", "gateway");

    /** The pair, each with its acceptor for every protocol (core for WildFly, AMQP and STOMP for outside clients). */
    private record Instance(String name, int port, int peerPort, boolean backup) {}

    private static final List<Instance> INSTANCES =
            List.of(new Instance("primary", 61616, 61617, false), new Instance("backup", 61617, 61616, true));

    /** messaging.cli's permission names, as Artemis spells them. */
    private static final Map<String, String> PERMISSIONS = Map.of(
            "send", "send",
            "consume", "consume",
            "create-durable-queue", "createDurableQueue",
            "delete-durable-queue", "deleteDurableQueue",
            "create-non-durable-queue", "createNonDurableQueue",
            "delete-non-durable-queue", "deleteNonDurableQueue",
            "browse", "browse",
            "manage", "manage");

    /** messaging.cli's address settings, as Artemis spells them. */
    private static final Map<String, String> SETTINGS = Map.of(
            "dead-letter-address", "dead-letter-address",
            "expiry-address", "expiry-address",
            "redelivery-delay", "redelivery-delay",
            "redelivery-multiplier", "redelivery-delay-multiplier",
            "max-redelivery-delay", "max-redelivery-delay",
            "max-delivery-attempts", "max-delivery-attempts",
            "max-size-bytes", "max-size-bytes",
            "page-size-bytes", "page-size-bytes");

    private static final String SERVER = "/subsystem=messaging-activemq/server=default/";
    /** journal.cli's settings of the broker's journal: broker.xml spells them as WildFly does. */
    private static final Pattern JOURNAL = Pattern.compile(
            Pattern.quote("/subsystem=messaging-activemq/server=default:write-attribute(name=")
                    + "(journal-[a-z-]+), value=(.*)\\)$");
    private static final Pattern TOPIC = Pattern.compile(Pattern.quote(SERVER) + "jms-topic=([^:]+):add\\(entries=\\[([^\\]]*)\\]");
    private static final Pattern QUEUE = Pattern.compile(Pattern.quote(SERVER) + "jms-queue=([^:]+):add\\(entries=\\[([^\\]]*)\\]");
    private static final Pattern SUBSCRIPTION =
            Pattern.compile(Pattern.quote(SERVER) + "queue=([^:]+):add\\(queue-address=([^,]+), routing-type=MULTICAST");
    private static final Pattern ROLE =
            Pattern.compile(Pattern.quote(SERVER) + "security-setting=([^/]+)/role=([^:]+):add\\(([^)]*)\\)");
    private static final Pattern SETTING_ADD = Pattern.compile(Pattern.quote(SERVER) + "address-setting=([^:]+):add\\((.*)\\)$");
    private static final Pattern SETTING_WRITE = Pattern.compile(
            Pattern.quote(SERVER) + "address-setting=([^:]+):write-attribute\\(name=([^,]+), value=(.*)\\)$");
    private static final Pattern PUBLISHER =
            Pattern.compile(Pattern.quote(SERVER) + "pooled-connection-factory=([^:]+):add\\((.*)\\)$");
    /**
     * A server expression with a default, e.g. {@code "${comptoir.messaging.redelivery-delay:1000}"}: the broker takes
     * the default.
     */
    private static final Pattern EXPRESSION = Pattern.compile("\"?\\$\\{[^:}]+:([^}]*)\\}\"?");

    private final Map<String, List<String>> topics = new LinkedHashMap<>();
    private final Map<String, List<String>> queues = new LinkedHashMap<>();
    private final Map<String, List<String>> subscriptions = new LinkedHashMap<>();
    private final Map<String, Map<String, Set<String>>> security = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> settings = new LinkedHashMap<>();
    private final Map<String, String> publishers = new LinkedHashMap<>();
    private final Map<String, String> journal = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        BrokerConfig config = new BrokerConfig();
        config.read(Files.readAllLines(Path.of(args[0])));
        config.read(Files.readAllLines(Path.of(args[0]).resolveSibling("journal.cli")));
        config.grantConsumers(load(Path.of(args[1])));
        Properties credentials = load(Path.of(args[2]));
        Path artemis = Path.of(args[3]).toAbsolutePath();
        Path brokers = Path.of(args[4]).toAbsolutePath();
        Path scripts = Path.of(args[5]).toAbsolutePath();
        for (Instance instance : INSTANCES) {
            Path folder = brokers.resolve(instance.name());
            create(artemis, folder, instance, credentials);
            config.writeBrokerXml(folder.resolve("etc/broker.xml"));
            writeUsers(folder.resolve("etc"), credentials);
        }
        Files.createDirectories(scripts);
        for (String service : SERVICES) {
            try (Writer out = ownerOnly(scripts.resolve("messaging-" + service + ".cli"))) {
                out.write(config.clientScript(service, credentials));
            }
        }
        System.out.println("Artemis pair configured in " + brokers + " from messaging.cli and journal.cli");
    }

    private void read(List<String> lines) {
        for (String line : lines) {
            String command = line.strip();
            Matcher m;
            if ((m = TOPIC.matcher(command)).find()) {
                topics.put(m.group(1), entries(m.group(2)));
            } else if ((m = QUEUE.matcher(command)).find()) {
                queues.put(m.group(1), entries(m.group(2)));
            } else if ((m = SUBSCRIPTION.matcher(command)).find()) {
                subscriptions.computeIfAbsent(m.group(2), a -> new ArrayList<>()).add(m.group(1));
            } else if ((m = ROLE.matcher(command)).find()) {
                for (String grant : m.group(3).split(",\\s*")) {
                    String[] pair = grant.split("=");
                    if (pair.length == 2 && pair[1].equals("true")) {
                        grant(m.group(1), PERMISSIONS.get(pair[0]), m.group(2));
                    }
                }
            } else if ((m = SETTING_ADD.matcher(command)).find()) {
                for (String attribute : m.group(2).split(",\\s*")) {
                    String[] pair = attribute.split("=", 2);
                    setting(m.group(1), pair[0], pair[1]);
                }
            } else if ((m = SETTING_WRITE.matcher(command)).find()) {
                setting(m.group(1), m.group(2), m.group(3));
            } else if ((m = PUBLISHER.matcher(command)).find()) {
                publishers.put(m.group(1), m.group(2));
            } else if ((m = JOURNAL.matcher(command)).find()) {
                journal.put(m.group(1), value(m.group(2)));
            }
        }
    }

    private void grantConsumers(Properties consumers) {
        for (String role : consumers.stringPropertyNames()) {
            for (String address : consumers.getProperty(role).split(",\\s*")) {
                grant(address, "consume", role);
                if (address.startsWith("jms.topic.")) {
                    grant(address, "createNonDurableQueue", role);
                    grant(address, "deleteNonDurableQueue", role);
                }
            }
        }
    }

    private void grant(String address, String permission, String role) {
        if (permission == null) {
            throw new IllegalArgumentException("A permission messaging.cli grants has no Artemis name here");
        }
        security.computeIfAbsent(address, a -> new LinkedHashMap<>())
                .computeIfAbsent(permission, p -> new LinkedHashSet<>())
                .add(role);
    }

    private void setting(String match, String name, String value) {
        String element = SETTINGS.get(name);
        if (element != null) {
            settings.computeIfAbsent(match, m -> new LinkedHashMap<>()).put(element, value(value));
        }
    }

    /** {@code artemis create}, again on every build (--force keeps the journal): HA and acceptors as Artemis makes them. */
    private static void create(Path artemis, Path folder, Instance instance, Properties credentials)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                artemis.resolve("bin/artemis").toString(), "create", folder.toString(),
                "--silent", "--force", "--require-login", "--nio", "--no-web", "--no-autotune", "--no-autocreate",
                // One acceptor (61616, 61617 for the backup) for every protocol, as the single server's: no AMQP (5672)
                // or MQTT (1883) port of their own, which other brokers on the machine may hold.
                "--no-amqp-acceptor", "--no-mqtt-acceptor", "--no-stomp-acceptor", "--no-hornetq-acceptor",
                "--name", "comptoir-" + instance.name(),
                "--host", "127.0.0.1",
                "--port-offset", String.valueOf(instance.port() - 61616),
                // The broker's heap, set like every WildFly server's (docs/operations/domain.md); artemis.profile's
                // own -Xms512M would exceed it, so the initial size comes after it.
                "--java-memory", "256M",
                "--java-options", "-Xms64M",
                "--user", credentials.getProperty("admin.user"),
                "--password", credentials.getProperty("admin.password"),
                "--replicated", "--clustered",
                "--cluster-user", credentials.getProperty("admin.user"),
                "--cluster-password", credentials.getProperty("admin.password"),
                "--staticCluster", "tcp://127.0.0.1:" + instance.peerPort()));
        if (instance.backup()) {
            command.add("--backup");
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("artemis create failed for " + folder + ":\n" + output);
        }
    }

    /** The instance's broker.xml with messaging.cli's addresses, security and address settings. */
    private void writeBrokerXml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(file.toFile());
        Element core = (Element) document.getElementsByTagNameNS("urn:activemq:core", "core").item(0);
        replace(core, addresses(document));
        replace(core, securitySettings(document));
        replace(core, addressSettings(document));
        journal.forEach((name, value) -> replace(core, text(document, name, value)));
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.INDENT, "yes");
        transformer.transform(new DOMSource(document), new StreamResult(file.toFile()));
    }

    private Element addresses(Document document) {
        Element addresses = element(document, "addresses");
        for (String deadEnd : deadEnds()) {
            addresses.appendChild(address(document, deadEnd, "anycast", List.of(deadEnd)));
        }
        queues.keySet().forEach(q -> addresses.appendChild(address(document, "jms.queue." + q, "anycast", List.of("jms.queue." + q))));
        topics.keySet().forEach(t -> addresses.appendChild(address(document, "jms.topic." + t, "multicast",
                subscriptions.getOrDefault("jms.topic." + t, List.of()))));
        return addresses;
    }

    /** Where the address settings send dead and expired messages (jms.queue.DLQ, jms.queue.ExpiryQueue). */
    private Set<String> deadEnds() {
        Set<String> deadEnds = new LinkedHashSet<>();
        settings.values().forEach(s -> {
            deadEnds.add(s.get("dead-letter-address"));
            deadEnds.add(s.get("expiry-address"));
        });
        deadEnds.remove(null);
        return deadEnds;
    }

    private static Element address(Document document, String name, String routing, List<String> queueNames) {
        Element address = element(document, "address");
        address.setAttribute("name", name);
        Element type = element(document, routing);
        for (String queueName : queueNames) {
            Element queue = element(document, "queue");
            queue.setAttribute("name", queueName);
            type.appendChild(queue);
        }
        address.appendChild(type);
        return address;
    }

    /** The broker's administrator keeps everything messaging.cli does not name; each named address is its own. */
    private Element securitySettings(Document document) {
        Element all = element(document, "security-settings");
        Map<String, Map<String, Set<String>>> matches = new LinkedHashMap<>();
        Map<String, Set<String>> admin = new LinkedHashMap<>();
        for (String permission : new LinkedHashSet<>(PERMISSIONS.values())) {
            admin.put(permission, Set.of("amq"));
        }
        admin.put("createAddress", Set.of("amq"));
        admin.put("deleteAddress", Set.of("amq"));
        matches.put("#", admin);
        matches.putAll(security);
        matches.forEach((match, permissions) -> {
            Element setting = element(document, "security-setting");
            setting.setAttribute("match", match);
            permissions.forEach((type, roles) -> {
                Element permission = element(document, "permission");
                permission.setAttribute("type", type);
                permission.setAttribute("roles", String.join(",", roles));
                setting.appendChild(permission);
            });
            all.appendChild(setting);
        });
        return all;
    }

    /** Addresses and queues exist only as configured (as in WildFly's broker), and the management address answers. */
    private Element addressSettings(Document document) {
        Element all = element(document, "address-settings");
        Element management = element(document, "address-setting");
        management.setAttribute("match", "activemq.management#");
        management.appendChild(text(document, "auto-create-queues", "true"));
        management.appendChild(text(document, "auto-create-addresses", "true"));
        all.appendChild(management);
        settings.forEach((match, values) -> {
            Element setting = element(document, "address-setting");
            setting.setAttribute("match", match);
            values.forEach((name, value) -> setting.appendChild(text(document, name, value)));
            if (match.equals("#")) {
                setting.appendChild(text(document, "address-full-policy", "PAGE"));
                setting.appendChild(text(document, "auto-create-queues", "false"));
                setting.appendChild(text(document, "auto-create-addresses", "false"));
            }
            all.appendChild(setting);
        });
        return all;
    }

    /** The profile's script: the JNDI names of messaging.cli on the pair's destinations, and the WAR's own logins. */
    private String clientScript(String service, Properties credentials) {
        String user = credentials.getProperty(service + ".jms.user");
        String password = credentials.getProperty(service + ".jms.password");
        if (user == null || password == null || !publishers.containsKey(service)) {
            throw new IllegalStateException("No broker user or publisher for " + service + " in server-config");
        }
        StringBuilder script = new StringBuilder("# Written by BrokerConfig from server-config's messaging.cli for the "
                + service + " profile (applied by DomainScripts like server-config's scripts). Holds a password.\n");
        topics.forEach((name, entries) -> ifMissing(script,
                "/subsystem=messaging-activemq/external-jms-topic=" + name, "add(entries=[" + String.join(", ", entries) + "])"));
        queues.forEach((name, entries) -> ifMissing(script,
                "/subsystem=messaging-activemq/external-jms-queue=" + name, "add(entries=[" + String.join(", ", entries) + "])"));
        // The dead ends where standalone-full binds them, as the WARs look them up (the gateway's dead-letter view).
        for (String deadEnd : deadEnds()) {
            String name = deadEnd.substring("jms.queue.".length());
            ifMissing(script, "/subsystem=messaging-activemq/external-jms-queue=" + name,
                    "add(entries=[java:/jms/queue/" + name + "])");
        }
        String factory = "/subsystem=messaging-activemq/pooled-connection-factory=" + service;
        ifMissing(script, factory, "add(" + publishers.get(service)
                .replace("connectors=[in-vm]", "connectors=[artemis-primary, artemis-backup], ha=true, reconnect-attempts=-1") + ")");
        for (String pooled : List.of(factory, "/subsystem=messaging-activemq/pooled-connection-factory=activemq-ra")) {
            script.append(pooled).append(":write-attribute(name=user, value=\"").append(user).append("\")\n")
                    .append(pooled).append(":write-attribute(name=password, value=\"").append(password).append("\")\n");
        }
        return script.toString();
    }

    private static void ifMissing(StringBuilder script, String address, String add) {
        script.append("if (outcome != success) of ").append(address).append(":read-resource\n    ")
                .append(address).append(':').append(add).append("\nend-if\n");
    }

    /** The WARs' users and the application user (role guest), beside the administrator artemis create wrote. */
    private static void writeUsers(Path etc, Properties credentials) throws IOException {
        StringBuilder users = new StringBuilder("\n");
        Map<String, List<String>> roles = new LinkedHashMap<>();
        for (String service : SERVICES) {
            String user = credentials.getProperty(service + ".jms.user");
            users.append(user).append(" = ").append(credentials.getProperty(service + ".jms.password")).append('\n');
            roles.computeIfAbsent(service + "-service", r -> new ArrayList<>()).add(user);
        }
        String app = credentials.getProperty("app.user");
        users.append(app).append(" = ").append(credentials.getProperty("app.password")).append('\n');
        roles.computeIfAbsent("guest", r -> new ArrayList<>()).add(app);
        Files.writeString(etc.resolve("artemis-users.properties"), users.toString(), java.nio.file.StandardOpenOption.APPEND);
        StringBuilder roleLines = new StringBuilder("\n");
        roles.forEach((role, members) -> roleLines.append(role).append(" = ").append(String.join(",", members)).append('\n'));
        Files.writeString(etc.resolve("artemis-roles.properties"), roleLines.toString(), java.nio.file.StandardOpenOption.APPEND);
        Files.setPosixFilePermissions(etc.resolve("artemis-users.properties"), PosixFilePermissions.fromString("rw-------"));
    }

    private static void replace(Element core, Element fresh) {
        var old = core.getElementsByTagNameNS("urn:activemq:core", fresh.getLocalName());
        if (old.getLength() > 0) {
            Node stale = old.item(0);
            stale.getParentNode().replaceChild(fresh, stale);
        } else {
            core.appendChild(fresh);
        }
    }

    private static Element element(Document document, String name) {
        return document.createElementNS("urn:activemq:core", name);
    }

    private static Element text(Document document, String name, String value) {
        Element element = element(document, name);
        element.setTextContent(value);
        return element;
    }

    /** A CLI value as the broker takes it: an expression's default, else the value without quotes. */
    private static String value(String cli) {
        Matcher expression = EXPRESSION.matcher(cli);
        return expression.matches() ? expression.group(1) : cli.replace("\"", "");
    }

    private static List<String> entries(String list) {
        return List.of(list.split(",\\s*"));
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        return properties;
    }

    private static Writer ownerOnly(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        return Files.newBufferedWriter(file);
    }
}
