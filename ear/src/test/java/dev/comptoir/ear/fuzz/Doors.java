package dev.comptoir.ear.fuzz;

import dev.comptoir.testing.ServiceUrls;
import java.net.URL;

/**
 * Where the suite finds each document and sends each request: the gateway's routes at the public listener, the
 * services' on the internal listener.
 */
final class Doors {

    private Doors() {}

    /** The gateway: the public listener the test's deployment answers on. */
    static String gateway(URL base) {
        return "http://" + base.getHost() + ":" + base.getPort();
    }

    /** The services (their routes and their OpenAPI documents): the internal listener. */
    static String services(URL base) {
        String root = ServiceUrls.root().toString();
        return root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }
}
