package dev.comptoir.kit.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. JAX-RS, transaction and EJB layers wrap exceptions, so the cause chain is searched:
 * an unreadable JSON body, a refusal or a lost optimistic-lock race found there keeps its 4xx; only a
 * real server fault is a 500, logged here and answered without internals.
 */
@Provider
public class FaultMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(FaultMapper.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException refusal) {
                return refusal.problem().toResponse();
            }
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return Problem.of(
                                400,
                                "malformed-json",
                                "Malformed JSON",
                                "The request body is not valid JSON: " + cause.getMessage())
                        .toResponse();
            }
            if (cause instanceof OptimisticLockException) {
                return Problem.of(
                                409,
                                "concurrent-update",
                                "Concurrent update",
                                "The resource was changed by another request; read it again and retry")
                        .toResponse();
            }
        }
        LOG.log(Level.SEVERE, "Unexpected fault", exception);
        return Problem.of(500, "server-fault", "Server fault", "The server failed to handle the request")
                .toResponse();
    }
}
