package dev.comptoir.kit.problem;

/**
 * Thrown by business code to refuse a request with a problem document, e.g. a 404 for an unknown id or
 * a 422 for a rule the request breaks. Thrown inside a transaction, it rolls the transaction back, so
 * a refusal never leaves a partial write.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(
                Problem.of(404, what + "-not-found", capitalize(what) + " not found", "No " + what + " with id " + id));
    }

    public static ProblemException conflict(String slug, String title, String detail) {
        return new ProblemException(Problem.of(409, slug, title, detail));
    }

    /** A request's own condition (RFC 9110: If-Match, ...) does not hold: 412, nothing done. */
    public static ProblemException preconditionFailed(String slug, String title, String detail) {
        return new ProblemException(Problem.of(412, slug, title, detail));
    }

    public static ProblemException unprocessable(String slug, String title, String detail) {
        return new ProblemException(Problem.of(422, slug, title, detail));
    }

    public Problem problem() {
        return problem;
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
