package dev.comptoir.aggregator.downstream;

import jakarta.json.JsonObject;

/**
 * A 4xx with the service's problem document: the service is up and refused this request (an unknown id,
 * say). The circuit breakers do not count it as a failure of the service.
 */
public class RefusedRequest extends DownstreamRefusal {

    public RefusedRequest(int status, String problemType, JsonObject problem) {
        super(status, problemType, problem);
    }
}
