package dev.comptoir.ear.support;

import dev.comptoir.testing.JsonHttp;

/**
 * Where the tests call the services themselves, not through the gateway: one place, so that moving the
 * services to another listener moves every direct call with it.
 */
public final class Services {

    public static final String BASE = "http://127.0.0.1:8080/";

    private Services() {}

    /** A client of the services with the suite's token (role admin). */
    public static JsonHttp http() {
        return new JsonHttp(BASE);
    }
}
