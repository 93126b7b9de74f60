package dev.comptoir.ear.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the run found, grouped by route and kind (a 5xx, an error that is not a problem document, a status the
 * route does not document, no answer, data changed by a caller not entitled to), each group with its count and
 * the first reproducers.
 */
final class Findings {

    private static final int REPRODUCERS_PER_GROUP = 3;

    /**
     * The read side's documented answer to a {@code minPosition} its views have not reached: "ask again shortly".
     * Alone on a fresh database (not after the other tests' orders), the run asks for positions its few orders never
     * made, and gets it: no defect.
     */
    private static final String NOT_THERE_YET = "urn:comptoir:problem:projection-behind";

    private final Map<String, Map<String, List<String>>> groups = new TreeMap<>();
    private final Map<String, Integer> statuses = new TreeMap<>();
    private final Map<String, List<String>> writes = new TreeMap<>();
    private int sent;

    void check(FuzzRequest request, Answer answer) {
        sent++;
        String route = request.route().document() + ": " + request.route().key();
        statuses.merge(request.route().document() + " " + answer.status(), 1, Integer::sum);
        String what = request.reproducer() + "\n      -> " + answer.summary();
        if (!request.route().method().equals("GET") && answer.status() < 300) {
            writes.computeIfAbsent(route, r -> new ArrayList<>()).add(what);
        }
        if (answer.status() >= 500 && !NOT_THERE_YET.equals(answer.problemType())) {
            add(route, "5xx (" + answer.status() + ")", what);
        }
        if (answer.status() >= 400 && !answer.isProblem() && !request.leavesItsDeployment()) {
            add(route, "error that is not a problem document (" + answer.status() + ")", what);
        }
        if (!documented(request.route(), answer.status())) {
            add(route, "status " + answer.status() + " not documented", what);
        }
    }

    void noAnswer(FuzzRequest request, Exception failure) {
        sent++;
        add(
                request.route().document() + ": " + request.route().key(),
                "no answer (" + failure.getClass().getSimpleName() + ")",
                request.reproducer() + "\n      -> " + failure);
    }

    void add(String route, String kind, String reproducer) {
        groups.computeIfAbsent(route, r -> new TreeMap<>())
                .computeIfAbsent(kind, k -> new ArrayList<>())
                .add(reproducer);
    }

    void newPhase() {
        writes.clear();
    }

    /** The writes the server accepted since the phase began, by route, with a reproducer of each route's first. */
    String writes() {
        StringBuilder text = new StringBuilder();
        writes.forEach((route, accepted) -> text.append("\n        ")
                .append(route)
                .append(" (")
                .append(accepted.size())
                .append("), e.g. ")
                .append(accepted.get(0).replace("\n", "\n          ")));
        return text.length() == 0 ? "none" : text.toString();
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    int sent() {
        return sent;
    }

    String report(String rerun) {
        StringBuilder report = new StringBuilder();
        int total = groups.values().stream()
                .flatMap(kinds -> kinds.values().stream())
                .mapToInt(List::size)
                .sum();
        report.append(String.format(
                "ApiFuzzIT: %d findings in %d routes, from %d requests (%s)%nstatuses seen: %s%n",
                total, groups.size(), sent, rerun, statuses));
        groups.forEach((route, kinds) -> {
            report.append("\n").append(route).append('\n');
            kinds.forEach((kind, reproducers) -> {
                report.append("  ")
                        .append(kind)
                        .append(": ")
                        .append(reproducers.size())
                        .append('\n');
                reproducers.stream()
                        .limit(REPRODUCERS_PER_GROUP)
                        .forEach(reproducer ->
                                report.append("    ").append(reproducer).append('\n'));
            });
        });
        return report.toString();
    }

    private static boolean documented(Route route, int status) {
        String code = String.valueOf(status);
        return route.documented().contains(code)
                || route.documented().contains(code.charAt(0) + "XX")
                || route.documented().contains("default");
    }
}
