package dev.comptoir.aggregator.downstream;

import dev.comptoir.aggregator.refusal.DownstreamRefusal;
import dev.comptoir.aggregator.refusal.RefusedRequest;
import dev.comptoir.kit.problem.Problem;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Registered on every REST client of the aggregator: turns an error answer into a {@link DownstreamRefusal}. */
public class DownstreamRefusalMapper implements ResponseExceptionMapper<DownstreamRefusal> {

    @Override
    public DownstreamRefusal toThrowable(Response response) {
        String type = "about:blank";
        JsonObject problem = null;
        if (Problem.MEDIA_TYPE.isCompatible(response.getMediaType())) {
            problem = response.readEntity(JsonObject.class);
            type = problem.getString("type", type);
        }
        int status = response.getStatus();
        // Every 4xx is a refusal of the request, never a failure of the service: one the service did not write
        // (no problem document: say, a path no deployment serves there) still sends a read to another instance.
        return status < 500 ? new RefusedRequest(status, type, problem) : new DownstreamRefusal(status, type, problem);
    }
}
