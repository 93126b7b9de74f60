package dev.comptoir.domain;

import dev.comptoir.domain.ClientLoad.Kind;
import dev.comptoir.domain.ClientLoad.Outcome;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One loss under load (a server, or a host with its servers): when it was killed, asked to start again, running
 * again and serving clients again (nanoTime); and what the client saw meanwhile, printed for the docs.
 */
final class Loss {

    final String lost;
    final long began = System.nanoTime();
    long killed;
    /** When its group's survivors carried its share alone (not set for a host: its four groups at once). */
    long carried;

    long restarting;
    long running;
    long recovered;

    Loss(String lost) {
        this.lost = lost;
    }

    /** The reads that failed from the steady load before the kill until it served again. */
    List<String> failedReads(ClientLoad load) {
        return load.outcomes(Kind.READ, o -> o.within(began, recovered) && o.failed()).stream()
                .map(Outcome::toString)
                .toList();
    }

    void print(ClientLoad load) {
        List<Outcome> steadyReads = load.outcomes(Kind.READ, o -> o.within(began, killed));
        List<Outcome> downReads = load.outcomes(Kind.READ, o -> o.within(killed, running));
        List<Outcome> reads = load.outcomes(Kind.READ, o -> o.within(began, recovered));
        List<Outcome> placements = load.outcomes(Kind.PLACEMENT, o -> o.within(began, recovered));
        Map<Integer, Integer> placementStatuses = new TreeMap<>();
        placements.forEach(o -> placementStatuses.merge(o.status(), 1, Integer::sum));
        System.out.printf(
                "%s killed: reads %d, failed %d, incomplete %d; read p99 %d ms steady, %d ms while lost (max %d ms);"
                        + " placements %d by status %s; running %d s after its start, serving %d s after its start"
                        + " and %d s after the kill%n",
                lost,
                reads.size(),
                reads.stream().filter(Outcome::failed).count(),
                reads.stream().filter(o -> o.detail().startsWith("incomplete")).count(),
                p99(steadyReads),
                p99(downReads),
                downReads.stream().mapToLong(Outcome::tookNanos).max().orElse(0) / 1_000_000,
                placements.size(),
                placementStatuses,
                seconds(running - restarting),
                seconds(recovered - restarting),
                seconds(recovered - killed));
        System.out.printf(
                "  read p99 by phase: lost %d ms, booting %d ms, rejoining %d ms%n",
                p99(load.outcomes(Kind.READ, o -> o.within(killed, restarting))),
                p99(load.outcomes(Kind.READ, o -> o.within(restarting, running))),
                p99(load.outcomes(Kind.READ, o -> o.within(running, recovered))));
        placements.stream().filter(Outcome::failed).forEach(o -> System.out.println("  failed placement: " + o));
        reads.stream()
                .filter(o -> o.failed() || o.detail().startsWith("incomplete"))
                .forEach(o -> System.out.println("  read, " + phase(o) + ": " + o));
    }

    /** When a request started: before the kill, while lost, while its servers booted, or until they served. */
    private String phase(Outcome outcome) {
        long at = outcome.startedAt();
        long sinceKill = (at - killed) / 1_000_000;
        String phase = at < killed ? "steady" : at < restarting ? "lost" : at < running ? "booting" : "rejoining";
        return phase + " (" + sinceKill + " ms after the kill)";
    }

    private static long seconds(long nanos) {
        return nanos / 1_000_000_000;
    }

    static long p99(List<Outcome> outcomes) {
        long[] took = outcomes.stream().mapToLong(Outcome::tookNanos).sorted().toArray();
        return took.length == 0 ? 0 : took[(int) Math.ceil(took.length * 0.99) - 1] / 1_000_000;
    }
}
