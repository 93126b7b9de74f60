package dev.comptoir.kit.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.resource.ResourceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. JAX-RS, transaction and EJB layers wrap exceptions, so the cause chain is searched:
 * an unreadable JSON body, a refusal or a lost optimistic-lock race found there keeps its 4xx; a database out of
 * reach is a 503; only a real server fault is a 500, logged here and answered without internals.
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
            if (unreachableDatabase(cause)) {
                LOG.log(Level.WARNING, "Database unavailable: {0}", cause.toString());
                return Problem.of(
                                503,
                                "database-unavailable",
                                "Database unavailable",
                                "The service cannot reach its database; try again later")
                        .toResponse();
            }
        }
        LOG.log(Level.SEVERE, "Unexpected fault", exception);
        return Problem.of(500, "server-fault", "Server fault", "The server failed to handle the request")
                .toResponse();
    }

    /**
     * The pool could not give a connection (IronJacamar's ResourceException: the database refused or did not answer),
     * the driver says the connection failed (SQLSTATE class 08, or its connection exception types), or the database
     * ended the session (PostgreSQL's 57P01 to 57P03: an administrator or a shutdown terminated it).
     */
    static boolean unreachableDatabase(Throwable cause) {
        if (cause instanceof ResourceException
                || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException) {
            return true;
        }
        String state = cause instanceof SQLException sql ? sql.getSQLState() : null;
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
