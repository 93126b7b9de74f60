package dev.comptoir.kit.json;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. Each static method of {@code jakarta.json.Json} looks its provider up
 * again through the service loader, which searches the deployment's jars: in a profile of the gateway under
 * load, one {@code Json.createArrayBuilder()} per request cost five times the gateway's token check. A
 * provider's methods are safe for concurrent use, as the {@code Json} facade's are.
 */
public final class Jsonp {

    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsonp() {}
}
