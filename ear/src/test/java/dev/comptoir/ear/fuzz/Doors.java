package dev.comptoir.ear.fuzz;

import java.net.URL;

/**
 * Where the suite finds each document and sends each request: the gateway's routes at the public listener, the
 * services' wherever they are served. The one place to change when the services move to a listener of their own.
 */
final class Doors {

    private Doors() {}

    /** The gateway: the public listener the test's deployment answers on. */
    static String gateway(URL base) {
        return "http://" + base.getHost() + ":" + base.getPort();
    }

    /** The services (their routes and their OpenAPI documents). */
    static String services(URL base) {
        return gateway(base);
    }
}
