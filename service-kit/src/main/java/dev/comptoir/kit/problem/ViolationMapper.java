package dev.comptoir.kit.problem;

import static dev.comptoir.kit.json.Jsonp.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.validation.ConstraintViolation;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import org.jboss.resteasy.api.validation.ResteasyViolationException;

/**
 * Bean Validation failures on a request: 400 with one entry per invalid field. Mapped on RESTEasy's own
 * exception type because that is what WildFly's JAX-RS validation throws, and a mapper for the plain
 * {@code ConstraintViolationException} would lose to RESTEasy's built-in text report.
 */
@Provider
public class ViolationMapper implements ExceptionMapper<ResteasyViolationException> {

    @Override
    public Response toResponse(ResteasyViolationException exception) {
        JsonArrayBuilder violations = JSON.createArrayBuilder();
        exception.getConstraintViolations().stream()
                .sorted(Comparator.comparing(
                        violation -> violation.getPropertyPath().toString()))
                .forEach(violation -> violations.add(JSON.createObjectBuilder()
                        .add("field", field(violation))
                        .add("message", violation.getMessage())));
        return Problem.of(
                        400,
                        "invalid-request",
                        "Invalid request",
                        exception.getConstraintViolations().size() + " field(s) are invalid")
                .with("violations", violations.build())
                .toResponse();
    }

    /** "create.arg0.lines[0].quantity" becomes "lines[0].quantity": the path as the client wrote it. */
    static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
