package dev.comptoir.kit.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One Jsonb for every request and response. Without a resolver, RESTEasy builds a new Jsonb per message,
 * and with it Yasson's class models and a service-loader lookup: a profile of the aggregator under load
 * showed that as the largest cost of a request. Jsonb instances are thread-safe.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
