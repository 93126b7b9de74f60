package dev.comptoir.ear.fuzz;

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
