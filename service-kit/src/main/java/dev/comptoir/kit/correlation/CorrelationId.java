package dev.comptoir.kit.correlation;

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
        Object previous = MDC.get(LOG_KEY);
        if (id != null) {
            MDC.put(LOG_KEY, id);
        }
        try {
            work.run();
        } finally {
            if (previous == null) {
                MDC.remove(LOG_KEY);
            } else {
                MDC.put(LOG_KEY, previous);
            }
        }
    }
}
