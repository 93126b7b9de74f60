package dev.comptoir.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's own log, {@code standalone/log/server.log}, as server-config's logging.cli formats it: a record is
 * a line {@code <date> <time> <LEVEL> [<category>] ...} and the lines after it that start otherwise (a stack trace).
 */
public final class ServerLog {

    private static final Path FILE = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
    private static final Pattern RECORD =
            Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} (\\w+)\\s+\\[([^]]*)]");

    private ServerLog() {}

    /** Where the log ends now: {@link #since} reads what is written after it. */
    public static long end() {
        try {
            return Files.exists(FILE) ? Files.size(FILE) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record: its level, its category (the logger's name) and its whole text. */
    public record Entry(String level, String category, String text) {

        public boolean mentions(String value) {
            return text.contains(value);
        }
    }

    /** The records written after {@code mark}, oldest first. */
    public static List<Entry> since(long mark) {
        List<Entry> entries = new ArrayList<>();
        StringBuilder record = null;
        for (String line : linesSince(mark)) {
            if (RECORD.matcher(line).find()) {
                add(record, entries);
                record = new StringBuilder(line);
            } else if (record != null) {
                record.append('\n').append(line);
            }
        }
        add(record, entries);
        return entries;
    }

    private static void add(StringBuilder record, List<Entry> entries) {
        if (record != null) {
            Matcher start = RECORD.matcher(record);
            start.find();
            entries.add(new Entry(start.group(1), start.group(2), record.toString()));
        }
    }

    /** The lines after the mark; all of them if the log was rotated since (it is then shorter than the mark). */
    private static List<String> linesSince(long mark) {
        if (!Files.exists(FILE)) {
            return List.of();
        }
        try (RandomAccessFile log = new RandomAccessFile(FILE.toFile(), "r")) {
            long from = log.length() < mark ? 0 : mark;
            byte[] appended = new byte[(int) (log.length() - from)];
            log.seek(from);
            log.readFully(appended);
            return new String(appended, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
