package dev.comptoir.kit.json;

import jakarta.json.JsonException;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * A body read as a JSON-P value ({@code JsonObject}, {@code JsonArray}) that the parser cannot read is malformed
 * JSON (400, the kit's FaultMapper), whatever the parser throws: Parsson refuses JSON nested deeper than its
 * limit (1,000) with a bare RuntimeException, which would otherwise be a 500. {@link StrictBodyReader} does the
 * same for the records it reads.
 */
@Provider
public class UnreadableJsonStructure implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!JsonStructure.class.isAssignableFrom(context.getType())) {
            return context.proceed();
        }
        try {
            return context.proceed();
        } catch (JsonException | IOException kept) {
            throw kept;
        } catch (RuntimeException unreadable) {
            throw new JsonException(String.valueOf(unreadable.getMessage()), unreadable);
        }
    }
}
