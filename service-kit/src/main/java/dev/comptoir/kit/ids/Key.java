package dev.comptoir.kit.ids;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An id a caller chose: an order id in a reservation, a restock id (1 to 64 letters, digits or . _ : -). */
@Documented
@Pattern(regexp = Key.GRAMMAR)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({PARAMETER, FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface Key {

    String GRAMMAR = "[A-Za-z0-9._:-]{1,64}";

    String message() default "must be 1 to 64 letters, digits or . _ : -";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
