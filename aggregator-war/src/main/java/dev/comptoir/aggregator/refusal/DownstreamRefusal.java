package dev.comptoir.aggregator.refusal;

import jakarta.json.JsonObject;

/**
 * A service answered 4xx or 5xx. {@code problemType} is the type of its problem document, or
 * {@code about:blank} when the answer was no problem document (e.g. the service is not deployed there);
 * {@code problem} the document itself, or null, so that a write through the gateway can pass the service's
 * refusal on to its caller.
 */
public class DownstreamRefusal extends RuntimeException {

    private final int status;
    private final String problemType;
    private final transient JsonObject problem;

    public DownstreamRefusal(int status, String problemType) {
        this(status, problemType, null);
    }

    public DownstreamRefusal(int status, String problemType, JsonObject problem) {
        super("HTTP " + status + " " + problemType);
        this.status = status;
        this.problemType = problemType;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    public String problemType() {
        return problemType;
    }

    public JsonObject problem() {
        return problem;
    }
}
