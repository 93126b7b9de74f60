package dev.comptoir.aggregator.refusal;

import jakarta.json.JsonObject;

/**
 * A 4xx: the request was refused (an unknown id, say), whatever wrote the answer. The circuit breakers do not
 * count it as a failure of the service, so that no caller's bad requests open a breaker for everyone. {@code
 * problem} is null when no service wrote it (nothing deployed at that path): then the instance, not the
 * request, is at fault, and a read goes once more to another instance.
 */
public class RefusedRequest extends DownstreamRefusal {

    public RefusedRequest(int status, String problemType, JsonObject problem) {
        super(status, problemType, problem);
    }
}
