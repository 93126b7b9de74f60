package dev.comptoir.orders.shareddatabase;

import dev.comptoir.kit.problem.Problem;
import dev.comptoir.kit.problem.ProblemException;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The price of reading other services' tables, made explicit: when Customers or Inventory change their schema alone
 * (a column renamed by their own migration), this package's SQL no longer fits it. The database says so with an
 * SQLSTATE of class 42 (syntax error or access rule violation: an unknown column or table, on H2 and PostgreSQL
 * alike); that is not this request's fault nor a bug to log as one, but a route that cannot work until Orders
 * follows the change: 503, naming it. Any other failure goes on as it was.
 */
final class ForeignSchemas {

    private static final Logger LOG = Logger.getLogger(ForeignSchemas.class);

    private ForeignSchemas() {}

    static <T> T follow(Supplier<T> sql) {
        try {
            return sql.get();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException failed
                        && failed.getSQLState() != null
                        && failed.getSQLState().startsWith("42")) {
                    LOG.warnf("The shared database's SQL no longer fits: %s", failed.getMessage());
                    throw new ProblemException(
                            Problem.of(
                                    503,
                                    "shared-schema-changed",
                                    "Another service's schema changed",
                                    "Customers' or Inventory's tables no longer match this route's SQL; Orders must follow their change"));
                }
            }
            throw e;
        }
    }
}
