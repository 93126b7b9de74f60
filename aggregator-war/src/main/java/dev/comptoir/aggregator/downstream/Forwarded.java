package dev.comptoir.aggregator.downstream;

import dev.comptoir.kit.correlation.CorrelationId;
import dev.comptoir.kit.security.CallerToken;
import java.util.function.Supplier;

/**
 * What a call to a service forwards of the request it serves, read on the request thread: the caller's
 * authorization and the correlation id, both thread-bound; {@link #during} binds them on the thread that makes
 * the call, where the kit's client filters
 * ({@code ForwardedCallerToken}, {@code ForwardedCorrelationId}) read them.
 */
record Forwarded(String authorization, String requestId) {

    static Forwarded current() {
        return new Forwarded(CallerToken.current(), CorrelationId.current());
    }

    <R> R during(Supplier<R> call) {
        return CallerToken.during(authorization, () -> CorrelationId.during(requestId, call));
    }
}
