package dev.comptoir.aggregator.downstream;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.aggregator.breakers.control.BreakerOpen;
import dev.comptoir.aggregator.refusal.DownstreamRefusal;
import dev.comptoir.kit.problem.Problem;
import dev.comptoir.kit.problem.ProblemException;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.ProcessingException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One request's fan-out. Calls start at once (asynchronous REST clients), each bounded by its own
 * timeout; the request waits for each within one overall deadline. Every part is then taken as
 * required (its failure is the request's 503) or optional (its failure leaves it out, or the last
 * good copy stands in), and reported per section in {@link #sources()}. Never a 500, never a hang.
 */
public final class Fanout {

    private final Instant deadline;
    private final long callTimeoutMillis;
    private final LastGood lastGood;
    private final Map<String, SourceReport> reports = Collections.synchronizedMap(new LinkedHashMap<>());

    Fanout(Instant deadline, long callTimeoutMillis, LastGood lastGood) {
        this.deadline = deadline;
        this.callTimeoutMillis = callTimeoutMillis;
        this.lastGood = lastGood;
    }

    /**
     * Starts a call now, on the calling (request) thread.
     *
     * @param section what the call fetches, unique in the request, e.g. {@code product:COFFEE-1KG}
     * @param source  the service it asks
     */
    public <T> Part<T> start(String section, String source, Supplier<CompletionStage<T>> call) {
        long started = System.nanoTime();
        CompletableFuture<T> future;
        try {
            future = call.get().toCompletableFuture().orTimeout(callTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (RuntimeException refusedAtOnce) {
            future = CompletableFuture.failedFuture(refusedAtOnce);
        }
        return new Part<>(section, source, future, started);
    }

    /** The part's value, or the request fails: 503 naming the source, with every section's report. */
    public <T> T required(Part<T> part) {
        return required(part, null);
    }

    /**
     * @param missing the client asked for this very resource: when the service reports it missing
     *                (its {@code <what>-not-found} problem), the client gets a 404
     */
    public <T> T required(Part<T> part, Missing missing) {
        return required(part, await(part), missing);
    }

    private <T> T required(Part<T> part, Outcome<T> outcome, Missing missing) {
        if (outcome.value != null) {
            return outcome.value;
        }
        if (missing != null
                && outcome.refusal != null
                && outcome.refusal.problemType().equals(missing.problemType())) {
            throw ProblemException.notFound(missing.what(), missing.id());
        }
        SourceReport report = reports.get(part.section());
        throw new ProblemException(Problem.of(
                        503,
                        "source-unavailable",
                        "A required source is unavailable",
                        "The " + part.source() + " service " + report.reason() + " (" + part.section() + ")")
                .with("source", JSON.createValue(part.source()))
                .with("sources", sourcesJson()));
    }

    /**
     * The part's value, or empty when the service reports it absent ({@code what}'s not-found problem, reported
     * {@code missing}); any other failure is the request's 503, as for {@link #required(Part)}.
     */
    public <T> Optional<T> requiredUnlessMissing(Part<T> part, String what) {
        Outcome<T> outcome = await(part);
        if (outcome.refusal != null && outcome.refusal.problemType().equals(new Missing(what, "").problemType())) {
            reports.put(
                    part.section(),
                    new SourceReport(
                            part.source(),
                            SourceReport.MISSING,
                            outcome.latencyMillis,
                            "answered " + outcome.refusal.status() + " " + outcome.refusal.problemType()));
            return Optional.empty();
        }
        return Optional.of(required(part, outcome, null));
    }

    /** The part's value; if its call failed, the last good copy (reported {@code from_cache}), or empty. */
    public <T> Optional<T> optional(Part<T> part) {
        return valueOrLastGood(part, await(part));
    }

    /**
     * Like {@link #optional(Part)}, but the service's {@code absentType} problem (e.g. "no reservation
     * for this order") is a normal answer: an empty value, reported ok.
     */
    public <T> Optional<T> optionalOrAbsent(Part<T> part, String absentType) {
        Outcome<T> outcome = await(part);
        if (outcome.refusal != null && outcome.refusal.problemType().equals(absentType)) {
            reports.put(part.section(), new SourceReport(part.source(), SourceReport.OK, outcome.latencyMillis, null));
            return Optional.empty();
        }
        return valueOrLastGood(part, outcome);
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<T> valueOrLastGood(Part<T> part, Outcome<T> outcome) {
        if (outcome.value != null) {
            return Optional.of(outcome.value);
        }
        Optional<T> copy = (Optional<T>) lastGood.recent(part.section());
        copy.ifPresent(stale -> {
            SourceReport failed = reports.get(part.section());
            reports.put(
                    part.section(),
                    new SourceReport(
                            part.source(),
                            SourceReport.FROM_CACHE,
                            failed.latencyMs(),
                            failed.status() + ": " + failed.reason()));
        });
        return copy;
    }

    public Map<String, SourceReport> sources() {
        synchronized (reports) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(reports));
        }
    }

    public boolean complete() {
        return sources().values().stream().allMatch(SourceReport::ok);
    }

    private <T> Outcome<T> await(Part<T> part) {
        long remaining = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
        try {
            T value = part.future().get(remaining, TimeUnit.MILLISECONDS);
            long latency = part.elapsedMillis();
            reports.put(part.section(), new SourceReport(part.source(), SourceReport.OK, latency, null));
            lastGood.keep(part.section(), value);
            return new Outcome<>(value, null, latency);
        } catch (TimeoutException e) {
            return fail(part, SourceReport.TIMED_OUT, "did not answer within the request's deadline", null);
        } catch (ExecutionException e) {
            return failure(part, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(part, SourceReport.FAILED, "was interrupted", null);
        }
    }

    private <T> Outcome<T> failure(Part<T> part, Throwable cause) {
        if (cause instanceof TimeoutException) {
            return fail(part, SourceReport.TIMED_OUT, "did not answer within " + callTimeoutMillis + " ms", null);
        }
        if (cause instanceof BreakerOpen open) {
            return fail(part, SourceReport.CIRCUIT_OPEN, "was not called: its " + open.getMessage(), null);
        }
        if (cause instanceof DownstreamRefusal refusal) {
            return fail(
                    part, SourceReport.FAILED, "answered " + refusal.status() + " " + refusal.problemType(), refusal);
        }
        if (cause instanceof ProcessingException && cause.getCause() instanceof SocketTimeoutException) {
            return fail(
                    part,
                    SourceReport.TIMED_OUT,
                    "did not answer in time: " + cause.getCause().getMessage(),
                    null);
        }
        return fail(part, SourceReport.FAILED, "could not be reached: " + cause, null);
    }

    private <T> Outcome<T> fail(Part<T> part, String status, String reason, DownstreamRefusal refusal) {
        long latency = part.elapsedMillis();
        reports.put(part.section(), new SourceReport(part.source(), status, latency, reason));
        return new Outcome<>(null, refusal, latency);
    }

    private jakarta.json.JsonObject sourcesJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        sources().forEach((section, report) -> {
            JsonObjectBuilder entry = JSON.createObjectBuilder()
                    .add("source", report.source())
                    .add("status", report.status())
                    .add("latencyMs", report.latencyMs());
            if (report.reason() != null) {
                entry.add("reason", report.reason());
            }
            json.add(section, entry);
        });
        return json.build();
    }

    /** A call in flight. */
    public record Part<T>(String section, String source, CompletableFuture<T> future, long startedNanos) {

        long elapsedMillis() {
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
        }
    }

    /** A resource the client asked for by id, which its service reports missing with {@code <what>-not-found}. */
    public record Missing(String what, String id) {

        String problemType() {
            return ProblemException.notFound(what, id).problem().type();
        }
    }

    private record Outcome<T>(T value, DownstreamRefusal refusal, long latencyMillis) {}
}
