package dev.comptoir.testing;

/**
 * The services' fault-injection admin endpoints ({@code <context>/admin/faults}), enabled on the test
 * server: make a service slow or failing on chosen paths, and clear that again.
 */
public final class Faults {

    private final JsonHttp http;

    /** @param server the server's root URL, e.g. {@code http://127.0.0.1:8080/} */
    public Faults(String server) {
        this.http = new JsonHttp(server);
    }

    /** Delays every request of the service whose path (relative to its context) matches, by latencyMs. */
    public void delay(String context, String pathPattern, long latencyMs) {
        set(context, pathPattern, latencyMs, 0);
    }

    /** Fails every request of the service whose path matches, with a 503 problem document. */
    public void fail(String context, String pathPattern) {
        set(context, pathPattern, 0, 1);
    }

    /**
     * Delays the service's message consumer on the events whose {@code <consumer group>/<event type>}
     * matches, e.g. {@code inventory-stock-saga/SagaCreditReserved}.
     */
    public void delayMessages(String context, String consumerPattern, long latencyMs) {
        set(context, "JMS", consumerPattern, latencyMs, 0);
    }

    /** Fails (rolls back) the service's message consumer on those events: the broker redelivers them. */
    public void failMessages(String context, String consumerPattern) {
        set(context, "JMS", consumerPattern, 0, 1);
    }

    /**
     * Fails a named step inside the service's code, e.g. {@code customers/compensate} (an orchestrated saga's
     * compensation): the step fails after the HTTP filter, so it sees its own failure and counts it.
     */
    public void failSteps(String context, String stepPattern) {
        set(context, "STEP", stepPattern, 0, 1);
    }

    /** Replaces the service's rules with these (a JSON array of rules, as {@code admin/faults} takes them). */
    public void rules(String context, String rulesJson) {
        JsonResponse set = http.put("/" + context + "/admin/faults", rulesJson);
        if (set.status() != 200) {
            throw new AssertionError("Could not set the faults of " + context + ": " + set.raw());
        }
    }

    public void clear(String... contexts) {
        for (String context : contexts) {
            http.delete("/" + context + "/admin/faults").expect(204);
        }
    }

    private void set(String context, String pathPattern, long latencyMs, double failureRate) {
        set(context, null, pathPattern, latencyMs, failureRate);
    }

    private void set(String context, String method, String pathPattern, long latencyMs, double failureRate) {
        rules(
                context,
                "[{" + (method == null ? "" : "\"method\":\"" + method + "\",") + "\"pathPattern\":\"" + pathPattern
                        + "\",\"latencyMs\":" + latencyMs + ",\"jitterMs\":0,\"failureRate\":" + failureRate + "}]");
    }
}
