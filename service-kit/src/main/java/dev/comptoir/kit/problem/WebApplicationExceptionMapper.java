package dev.comptoir.kit.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors JAX-RS raises itself (unknown path 404, 405, 415, 406, unreadable body 400) keep their status
 * and become problem documents.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        String detail = status.getStatusCode() == 400
                ? "The request body is not valid JSON for this resource"
                : exception.getMessage();
        return new Problem(
                        status.getStatusCode(),
                        "about:blank",
                        status.getReasonPhrase(),
                        detail == null ? status.getReasonPhrase() : detail,
                        java.util.Map.of())
                .toResponse();
    }
}
