package dev.comptoir.orders.placement.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * One way POST /orders places an order, offered by the package that owns it: at once ({@link ImmediatePlacement},
 * here), queued as a command ({@code commands}), or by a saga ({@code saga}). {@link OrdersResource} hands each
 * request to the one way that serves it and knows none by name, so placement imports neither of those packages.
 */
public interface PlacementWay {

    /** Whether this way is the one the request asks for; exactly one way serves any request. */
    boolean serves(PlacementRequest request);

    /** Places the order, or queues it, and answers: 201 and the order, or 202 and where to ask. */
    Response place(PlacementRequest request, UriInfo uri);

    /** The one of {@code ways} that serves the request; none or several is a deployment's mistake, not the client's. */
    static PlacementWay servingOf(Iterable<? extends PlacementWay> ways, PlacementRequest request) {
        List<PlacementWay> serving = new ArrayList<>();
        ways.forEach(way -> {
            if (way.serves(request)) {
                serving.add(way);
            }
        });
        if (serving.size() != 1) {
            throw new IllegalStateException(serving.size() + " placement ways serve saga=" + request.saga() + ", async="
                    + request.async() + ": " + serving);
        }
        return serving.get(0);
    }
}
