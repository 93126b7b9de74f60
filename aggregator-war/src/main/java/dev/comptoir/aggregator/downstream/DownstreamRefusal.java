package dev.comptoir.aggregator.downstream;

/**
 * A service answered 4xx or 5xx. {@code problemType} is the type of its problem document, or
 * {@code about:blank} when the answer was no problem document (e.g. the service is not deployed there).
 */
public class DownstreamRefusal extends RuntimeException {

    private final int status;
    private final String problemType;

    public DownstreamRefusal(int status, String problemType) {
        super("HTTP " + status + " " + problemType);
        this.status = status;
        this.problemType = problemType;
    }

    public int status() {
        return status;
    }

    public String problemType() {
        return problemType;
    }
}
