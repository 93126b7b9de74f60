package dev.comptoir.aggregator.auth.control;

import dev.comptoir.aggregator.auth.entity.DemoUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo users of server-config's comptoir-demo-users.properties: salted PBKDF2 hashes of their passwords and
 * their groups. Read here rather than through Elytron because the MP-JWT deployment runs in a virtual security
 * domain that has no realm holding passwords.
 */
@ApplicationScoped
public class DemoUsers {

    private static final int ROUNDS = 10_000;

    @Inject
    @ConfigProperty(name = "comptoir.gateway.demo-users.location")
    String location;

    /** The user, when the password is theirs; a wrong password and an unknown user look alike. */
    public Optional<DemoUser> authenticate(String name, String password) {
        Properties users = read();
        String salt = users.getProperty(name + ".salt");
        String hash = users.getProperty(name + ".hash");
        if (salt == null || hash == null) {
            return Optional.empty();
        }
        boolean matches = MessageDigest.isEqual(
                Base64.getDecoder().decode(hash),
                pbkdf2(password, Base64.getDecoder().decode(salt)));
        return matches
                ? Optional.of(new DemoUser(
                        name, Set.of(users.getProperty(name + ".groups").split(","))))
                : Optional.empty();
    }

    private Properties read() {
        Properties users = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(location))) {
            users.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return users;
    }

    private static byte[] pbkdf2(String password, byte[] salt) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, ROUNDS, 256))
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
