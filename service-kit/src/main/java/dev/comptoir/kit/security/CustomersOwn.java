package dev.comptoir.kit.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The route's parameter names an object that belongs to a customer: a customer's token reaches only their own,
 * and another's is answered exactly as an unknown id is (404, the same problem type), so that nothing leaks.
 * Other roles pass ({@code @RolesAllowed} says which may come at all). Checked by {@link CustomersOwnFilter}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CustomersOwn {

    /** The path (else query) parameter that names the object. */
    String value();

    /** What the route's own 404 calls the object: {@code customer}, {@code order}, ... */
    String what() default "customer";

    /** Who owns the object; by default the parameter is the customer's own id. */
    Class<? extends Owners> owners() default Owners.class;
}
