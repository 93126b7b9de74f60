package dev.comptoir.kit.correlation;

import java.util.function.Supplier;
import org.jboss.logging.MDC;

/** The correlation id of the request the current thread serves. */
public final class CorrelationId {

    public static final String HEADER = "X-Request-Id";
    static final String LOG_KEY = "requestId";

    private CorrelationId() {}

    /** The id of the request in progress on this thread; read it on the request thread, before going async. */
    public static String current() {
        Object id = MDC.get(LOG_KEY);
        return id == null ? null : id.toString();
    }

    /** Runs work for a message with the correlation id it carries, so its logs join the request's. */
    public static void during(String id, Runnable work) {
        during(id, () -> {
            work.run();
            return null;
        });
    }

    /** Runs work on this thread for the request of that id (null: none), e.g. a call made on another thread. */
    public static <T> T during(String id, Supplier<T> work) {
        Object previous = MDC.get(LOG_KEY);
        if (id != null) {
            MDC.put(LOG_KEY, id);
        }
        try {
            return work.get();
        } finally {
            if (previous == null) {
                MDC.remove(LOG_KEY);
            } else {
                MDC.put(LOG_KEY, previous);
            }
        }
    }
}
