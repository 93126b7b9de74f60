package dev.comptoir.ear.fuzz;

import java.net.URI;
import java.util.Map;

/**
 * One generated request: the route it is aimed at, who sends it, the path and query as sent (percent-encoded,
 * odd on purpose), extra headers, the body with its content type (both null for none) and what was odd about it.
 */
record FuzzRequest(
        Route route,
        Caller caller,
        String path,
        String query,
        Map<String, String> headers,
        String contentType,
        String body,
        String variant) {

    String target() {
        return route.base() + path + (query.isEmpty() ? "" : "?" + query);
    }

    /**
     * Whether the path's dot segments take it out of its service's context root, as the server reads it
     * ({@code /customers/%2e%2e/x} is {@code /x}): on the internal listener, which serves the services and no
     * application at its root, Undertow itself answers such a path (a plain 404), no route of any document.
     */
    boolean leavesItsDeployment() {
        if (route.document().equals("gateway")) {
            return false;
        }
        String context = "/" + route.template().split("/")[1] + "/";
        String normalized =
                URI.create(path.replaceAll("(?i)%2e", ".")).normalize().getRawPath();
        return !normalized.startsWith(context);
    }

    /** What to paste to send it again (the token kind, not the token: tokens expire). */
    String reproducer() {
        StringBuilder text = new StringBuilder(route.method()).append(' ').append(path);
        if (!query.isEmpty()) {
            text.append('?').append(query);
        }
        text.append("   [token: ").append(caller).append("; ").append(variant).append(']');
        headers.forEach((name, value) ->
                text.append("\n      ").append(name).append(": ").append(value));
        if (body != null) {
            text.append("\n      Content-Type: ").append(contentType);
            text.append("\n      body (")
                    .append(body.length())
                    .append(" chars): ")
                    .append(shorten(body, 300));
        }
        return text.toString();
    }

    static String shorten(String text, int max) {
        String oneLine = text.replace("\n", "\\n");
        return oneLine.length() <= max
                ? oneLine
                : oneLine.substring(0, max / 2) + " …[" + (oneLine.length() - max) + " more]… "
                        + oneLine.substring(oneLine.length() - max / 2);
    }
}
