package dev.comptoir.kit.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors JAX-RS raises itself (unknown path 404, 405, 415, 406, unreadable body 400) keep their status
 * and become problem documents; a 415 names the content type that was sent.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        if (status.getStatusCode() == 403) {
            // RESTEasy's @RolesAllowed refusal: the same problem as the container's own 403 (SecurityProblemsResource).
            return Problem.of(403, "forbidden", "Forbidden", "This token's roles do not allow this request")
                    .toResponse();
        }
        String detail = switch (status.getStatusCode()) {
            case 400 -> "The request body is not valid JSON for this resource";
            case 415 ->
                "Content-Type " + headers.getHeaderString(HttpHeaders.CONTENT_TYPE)
                        + " is not accepted here; send application/json";
            default -> exception.getMessage();
        };
        return new Problem(
                        status.getStatusCode(),
                        "about:blank",
                        status.getReasonPhrase(),
                        detail == null ? status.getReasonPhrase() : detail,
                        java.util.Map.of())
                .toResponse();
    }
}
