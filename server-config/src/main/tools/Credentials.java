import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.util.List;
import java.util.Properties;

/**
 * Creates the management user (admin console, management API), the application user (JMS clients,
 * guest role) and the operator (the aggregator's admin actions, operator role) with WildFly's own add-user
 * tool, and records them beside the server; the gateway administrator and Orders' service account (role service),
 * for the gateway's token endpoint only; and one broker user per sending WAR (role {@code <name>-service}), the
 * identity its pooled connection factory sends with, so that the broker lets each send to its own destinations only
 * (messaging.cli).
 *
 * <p>Credentials come from COMPTOIR_ADMIN_USER/_PASSWORD, COMPTOIR_APP_USER/_PASSWORD and
 * COMPTOIR_OPERATOR_USER/_PASSWORD, or are generated once and kept in comptoir-credentials.properties (owner-only), so no password is ever
 * committed and rebuilding the server keeps the same ones; a server that lacks one of the users (provisioned again after
 * {@code mvn clean}) gets it with its kept password. Arguments: the server folder; the CLI script to write that gives
 * each pooled connection factory its user's password (run with the other scripts); and where the credentials file
 * is kept, by default comptoir-credentials.properties in the server folder (the build's: server-config/state, which
 * {@code mvn clean} does not reach).
 */
public class Credentials {

    /** The WARs that send, each with a pooled connection factory of its own (messaging.cli). */
    private static final List<String> SENDING_SERVICES = List.of("customers", "orders", "inventory", "gateway");

    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static void main(String[] args) throws IOException, InterruptedException {
        Path server = Path.of(args[0]).toAbsolutePath();
        Path file = args.length > 2
                ? Path.of(args[2]).toAbsolutePath()
                : server.resolve("comptoir-credentials.properties");
        Properties credentials = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                credentials.load(in);
            }
        } else {
            credentials.setProperty("admin.user", env("COMPTOIR_ADMIN_USER", "comptoir-admin"));
            credentials.setProperty("admin.password", env("COMPTOIR_ADMIN_PASSWORD", generatePassword()));
            credentials.setProperty("app.user", env("COMPTOIR_APP_USER", "comptoir-app"));
            credentials.setProperty("app.password", env("COMPTOIR_APP_PASSWORD", generatePassword()));
            Files.createDirectories(file.getParent());
            store(file, credentials);
        }
        // The operator came later than the two others: a server built before it gets it on its next build.
        if (credentials.getProperty("operator.user") == null) {
            credentials.setProperty("operator.user", env("COMPTOIR_OPERATOR_USER", "comptoir-operator"));
            credentials.setProperty("operator.password", env("COMPTOIR_OPERATOR_PASSWORD", generatePassword()));
            store(file, credentials);
        }
        // The gateway's administrator came with its token endpoint: like the operator, added on the next build.
        if (credentials.getProperty("api-admin.user") == null) {
            credentials.setProperty("api-admin.user", env("COMPTOIR_API_ADMIN_USER", "comptoir-api-admin"));
            credentials.setProperty("api-admin.password", env("COMPTOIR_API_ADMIN_PASSWORD", generatePassword()));
            store(file, credentials);
        }
        // The WARs' broker users came with per-address security: like the operator, added on the next build.
        for (String service : SENDING_SERVICES) {
            if (credentials.getProperty(service + ".jms.user") == null) {
                credentials.setProperty(service + ".jms.user", "comptoir-" + service);
                credentials.setProperty(service + ".jms.password", generatePassword());
                store(file, credentials);
            }
        }
        // Orders' service account (role service: the saga's reservations), added on the next build like the others.
        if (credentials.getProperty("orders-account.user") == null) {
            credentials.setProperty("orders-account.user", "comptoir-orders");
            credentials.setProperty("orders-account.password", generatePassword());
            store(file, credentials);
        }
        // Into the server's realms, each user it lacks: all of them in a server provisioned again after mvn clean,
        // with the passwords kept in the credentials file.
        register(server, "ManagementRealm", credentials, "admin", null);
        register(server, "ApplicationRealm", credentials, "app", "guest");
        register(server, "ApplicationRealm", credentials, "operator", "operator");
        for (String service : SENDING_SERVICES) {
            register(server, "ApplicationRealm", credentials, service + ".jms", service + "-service");
        }
        writeDemoUsers(server, credentials);
        writeOrdersAccount(server, credentials);
        writeConnectionFactoryLogins(Path.of(args[1]).toAbsolutePath(), credentials);
        System.out.println("Admin console user: " + credentials.getProperty("admin.user")
                + " / " + credentials.getProperty("admin.password"));
        System.out.println("Application (JMS) user: " + credentials.getProperty("app.user")
                + " / " + credentials.getProperty("app.password"));
        System.out.println("Operator (circuit breakers' admin API): " + credentials.getProperty("operator.user")
                + " / " + credentials.getProperty("operator.password"));
        System.out.println("Gateway administrator (POST /api/auth/token): " + credentials.getProperty("api-admin.user")
                + " / " + credentials.getProperty("api-admin.password"));
        System.out.println("Kept in " + file);
    }

    /**
     * The users the gateway's token endpoint accepts, with their groups: salted PBKDF2 hashes, never the passwords.
     * A file of its own because the gateway's MP-JWT deployment runs in a virtual security domain, without the
     * ApplicationRealm. Rewritten on every build from the credentials above.
     */
    private static void writeDemoUsers(Path server, Properties credentials) throws IOException {
        Properties users = new Properties();
        demoUser(users, credentials.getProperty("api-admin.user"), credentials.getProperty("api-admin.password"), "admin");
        demoUser(users, credentials.getProperty("operator.user"), credentials.getProperty("operator.password"), "operator");
        demoUser(users, credentials.getProperty("orders-account.user"), credentials.getProperty("orders-account.password"), "service");
        Path file = server.resolve("standalone/configuration/comptoir-demo-users.properties");
        try (Writer out = ownerOnly(file)) {
            users.store(out, "The gateway's demo users (user.salt, user.hash: PBKDF2WithHmacSHA256, 10000 rounds), by server-config");
        }
    }

    /** The service account's own credentials, for Orders to ask the token endpoint with (owner-only). */
    private static void writeOrdersAccount(Path server, Properties credentials) throws IOException {
        Properties account = new Properties();
        account.setProperty("user", credentials.getProperty("orders-account.user"));
        account.setProperty("password", credentials.getProperty("orders-account.password"));
        Path file = server.resolve("standalone/configuration/comptoir-orders-account.properties");
        try (Writer out = ownerOnly(file)) {
            account.store(out, "Orders' service account for the gateway's token endpoint, by server-config");
        }
    }

    /**
     * A CLI script (owner-only, under target/) that sets each WAR's pooled connection factory's login; the
     * password cannot be in messaging.cli, which is committed.
     */
    private static void writeConnectionFactoryLogins(Path script, Properties credentials) throws IOException {
        StringBuilder commands = new StringBuilder();
        for (String service : SENDING_SERVICES) {
            String factory = "/subsystem=messaging-activemq/server=default/pooled-connection-factory=" + service;
            commands.append(factory).append(":write-attribute(name=user, value=\"")
                    .append(credentials.getProperty(service + ".jms.user")).append("\")\n")
                    .append(factory).append(":write-attribute(name=password, value=\"")
                    .append(credentials.getProperty(service + ".jms.password")).append("\")\n");
        }
        Files.createDirectories(script.getParent());
        try (Writer out = ownerOnly(script)) {
            out.write(commands.toString());
        }
    }

    /**
     * A new file (replacing any) that only its owner can read, where the file system has POSIX permissions: every
     * file here holds a secret. Elsewhere (Windows) the file gets its folder's access rules: a user's checkout.
     */
    private static Writer ownerOnly(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (Files.getFileStore(file.getParent()).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            System.out.println(file + ": no POSIX permissions on this file system, it has its folder's access rules");
            Files.createFile(file);
        }
        return Files.newBufferedWriter(file);
    }

    private static void store(Path file, Properties credentials) throws IOException {
        try (Writer out = ownerOnly(file)) {
            credentials.store(out, "Comptoir users, created by server-config");
        }
    }

    private static void demoUser(Properties users, String user, String password, String groups) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 10_000, 256))
                    .getEncoded();
            users.setProperty(user + ".salt", Base64.getEncoder().encodeToString(salt));
            users.setProperty(user + ".hash", Base64.getEncoder().encodeToString(hash));
            users.setProperty(user + ".groups", groups);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** 20 random characters plus a fixed tail that meets add-user's rule of a digit and a symbol. */
    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.append("-7").toString();
    }

    /** Adds the user {@code <key>.user} to the realm with its password, unless the realm's users file has it. */
    private static void register(Path server, String realm, Properties credentials, String key, String group)
            throws IOException, InterruptedException {
        String user = credentials.getProperty(key + ".user");
        Path users = server.resolve("standalone/configuration/"
                + ("ManagementRealm".equals(realm) ? "mgmt-users.properties" : "application-users.properties"));
        if (Files.exists(users) && Files.readAllLines(users).stream().anyMatch(line -> line.startsWith(user + "="))) {
            return;
        }
        addUser(server, realm, user, credentials.getProperty(key + ".password"), group);
    }

    private static void addUser(Path server, String realm, String user, String password, String group)
            throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", server.resolve("jboss-modules.jar").toString(),
                "-mp", server.resolve("modules").toString(),
                "org.jboss.as.domain-add-user",
                "-r", realm, "-u", user, "-p", password, "-s"));
        if (group != null) {
            command.addAll(List.of("-a", "-g", group));
        }
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("JBOSS_HOME", server.toString());
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("add-user failed for " + user + " in " + realm + " (exit " + exit + ")");
        }
    }
}
