package dev.comptoir.orders.views.control;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The content hash of one generation of the views: SHA-256 over every row in key order, the generation
 * number left out, counters at zero left out (a row that counted an order and then gave it back holds
 * nothing). Two generations that hold the same views hash alike, whatever order their events came in.
 */
final class ViewHash {

    private static final List<String> QUERIES = List.of(
            "SELECT o.key.name, o.customerId, o.status, o.placedAt, o.lines, o.units, o.rejectionReason,"
                    + " o.version FROM OrderSummaryView o WHERE o.key.generation = :generation ORDER BY o.key.name",
            "SELECT s.key.name, s.orders FROM StatusCount s WHERE s.key.generation = :generation"
                    + " AND s.orders <> 0 ORDER BY s.key.name",
            "SELECT d.key.name, d.ordersPlaced, d.units FROM DailyTotal d WHERE d.key.generation = :generation"
                    + " AND (d.ordersPlaced <> 0 OR d.units <> 0) ORDER BY d.key.name");

    private ViewHash() {}

    static String of(EntityManager view, long generation) {
        MessageDigest digest = sha256();
        for (String query : QUERIES) {
            digest.update(query.getBytes(StandardCharsets.UTF_8));
            for (Object[] row : view.createQuery(query, Object[].class)
                    .setParameter("generation", generation)
                    .getResultList()) {
                // Unit and record separators: no value can shift into its neighbour.
                String record = Arrays.stream(row).map(String::valueOf).collect(Collectors.joining("\u001f"));
                digest.update((record + "\u001e").getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
