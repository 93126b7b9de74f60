package dev.comptoir.aggregator.downstream;

import dev.comptoir.kit.problem.Problem;
import dev.comptoir.kit.problem.ProblemException;
import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for one downstream call within the request's deadline and turns its failure into a problem
 * document that names the source: a 503 when a provider is down, slow or broken, so a composite
 * request never answers 500 and never hangs.
 */
public final class Downstream {

    private Downstream() {
    }

    public static <T> T await(CompletionStage<T> call, String source, Instant deadline) {
        return await(call, source, deadline, null);
    }

    /**
     * @param missing what the client asked for, when the provider's "not found" means that it does not
     *                exist (then a 404 for the client); null when any refusal is the provider's fault
     */
    public static <T> T await(CompletionStage<T> call, String source, Instant deadline, Missing missing) {
        long remaining = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
        try {
            return call.toCompletableFuture().get(remaining, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw unavailable(source, "did not answer within the deadline");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DownstreamRefusal refusal) {
                if (missing != null && refusal.problemType().equals(missing.problemType())) {
                    throw ProblemException.notFound(missing.what(), missing.id());
                }
                throw unavailable(source, "answered " + refusal.status() + " (" + refusal.problemType() + ")");
            }
            throw unavailable(source, "failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(source, "was interrupted");
        }
    }

    /** A resource the client asked for by id, which the provider reports missing with {@code <what>-not-found}. */
    public record Missing(String what, String id) {

        String problemType() {
            return ProblemException.notFound(what, id).problem().type();
        }
    }

    private static ProblemException unavailable(String source, String what) {
        return new ProblemException(Problem.of(503, "source-unavailable", "A source is unavailable",
                        "The " + source + " service " + what)
                .with("source", Json.createValue(source)));
    }
}
