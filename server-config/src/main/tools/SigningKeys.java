import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Generates the RSA key pair the gateway signs its tokens with (RS256), once, into the server's configuration
 * folder (comptoir-jwt/private-key.pem, owner-only where the file system has POSIX permissions, and
 * public-key.pem), so that no key is ever committed and rebuilding the server keeps the tokens it issued valid.
 * Arguments: the server folder, and optionally the folder the pair is kept in (the build's: server-config/state/comptoir-jwt,
 * which {@code mvn clean} does not reach), from which it is copied into the server's on every build.
 */
public class SigningKeys {

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        Path configured = Path.of(args[0]).toAbsolutePath().resolve("standalone/configuration/comptoir-jwt");
        Path folder = args.length > 1 ? Path.of(args[1]).toAbsolutePath() : configured;
        Path privateKey = folder.resolve("private-key.pem");
        Path publicKey = folder.resolve("public-key.pem");
        if (Files.exists(privateKey) && Files.exists(publicKey)) {
            System.out.println("Token signing keys kept in " + folder);
        } else {
            KeyPair pair = generate();
            write(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            System.out.println("Token signing keys generated in " + folder);
        }
        // Kept elsewhere (the build's server-config/state): copied where the server reads them (jwt.cli).
        if (!folder.equals(configured)) {
            write(configured.resolve("private-key.pem"), Files.readString(privateKey));
            Files.writeString(configured.resolve("public-key.pem"), Files.readString(publicKey));
        }
    }

    private static KeyPair generate() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    /** A private key's file, replacing any: owner-only where the file system has POSIX permissions. */
    private static void write(Path privateKey, String pem) throws IOException {
        Path folder = privateKey.getParent();
        Files.createDirectories(folder);
        Files.deleteIfExists(privateKey);
        if (Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.createFile(
                    privateKey, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            // Windows: no POSIX permissions; the key gets its folder's access rules (a user's checkout).
            System.out.println(privateKey + ": no POSIX permissions on this file system, it has its folder's access rules");
            Files.createFile(privateKey);
        }
        Files.writeString(privateKey, pem);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
