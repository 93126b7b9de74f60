package dev.comptoir.aggregator.authorization.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The route's {@code id} path parameter names an object a customer may reach only if it is theirs. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OwnedBy {

    Kind value();

    enum Kind {
        /** The id is the customer's own. */
        CUSTOMER,
        /** The id is an order's, owned by the customer who placed it. */
        ORDER,
        /** The id is a queued place-order command's, owned by the customer it places the order for. */
        COMMAND
    }
}
