package dev.comptoir.orders.placement.boundary;

import dev.comptoir.orders.placement.control.OrderLifecycle.Changed;
import dev.comptoir.orders.placement.entity.CustomerOrder;
import dev.comptoir.orders.placement.entity.OrderView;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * How every answer about one order is shaped, whichever package wrote it: the order, its version as ETag, and for a
 * command the global position of its last event ({@code Event-Position}, for read-your-writes on the views).
 */
public final class OrderAnswers {

    static final String POSITION = "Event-Position";

    private OrderAnswers() {}

    public static Response changed(Response.ResponseBuilder response, Changed changed) {
        return response.entity(OrderView.of(changed.order()))
                .tag(tag(changed.order()))
                .header(POSITION, changed.position())
                .build();
    }

    static EntityTag tag(CustomerOrder order) {
        return new EntityTag(Long.toString(order.version()));
    }
}
