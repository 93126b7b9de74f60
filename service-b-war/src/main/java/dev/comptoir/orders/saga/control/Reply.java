package dev.comptoir.orders.saga.control;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.orders.saga.entity.StepOutcome;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;

/**
 * What another service answered to one call of the saga, or why it did not (status 0); {@code connected} is false
 * when the service refused the connection, so that nothing of the call reached it.
 */
public record Reply(int status, String body, String failure, boolean connected) {

    static Reply of(int status, String body) {
        return new Reply(status, body, null, true);
    }

    static Reply failed(Exception e, boolean connected) {
        return new Reply(0, null, e.getClass().getSimpleName() + ": " + e.getMessage(), connected);
    }

    /** A 4xx is the service's refusal; a 5xx or no answer at all is a fault. */
    public StepOutcome outcome() {
        if (status >= 200 && status < 300) {
            return StepOutcome.DONE;
        }
        return status >= 400 && status < 500 ? StepOutcome.REFUSED : StepOutcome.FAILED;
    }

    public boolean done() {
        return outcome() == StepOutcome.DONE;
    }

    /** The answer in a sentence: a problem document's detail, else the status and body as sent. */
    public String detail() {
        if (failure != null) {
            return failure;
        }
        JsonObject json = json();
        if (json != null && json.containsKey("detail")) {
            return json.getString("detail", "");
        }
        return status + (body == null || body.isBlank() ? "" : " " + body);
    }

    /** "Credit refused: Customer 42 has 10.00 available, less than 25.00", or "Credit failed: ..." on a fault. */
    public String reason(String step) {
        String verb = outcome() == StepOutcome.REFUSED ? " refused: " : " failed: ";
        return step + verb + detail();
    }

    public JsonObject json() {
        if (body == null || !body.trim().startsWith("{")) {
            return null;
        }
        try (var reader = JSON.createReader(new StringReader(body))) {
            JsonStructure json = reader.read();
            return json instanceof JsonObject object ? object : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
