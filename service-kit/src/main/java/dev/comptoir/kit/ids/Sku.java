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

/** A product's SKU, as a product is created with it (1 to 64 letters, digits or . _ -; not the dot segments "." and ".."). */
@Documented
@Pattern(regexp = Sku.GRAMMAR)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({PARAMETER, FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface Sku {

    String GRAMMAR = "(?!\\.{1,2}$)[A-Za-z0-9._-]{1,64}";

    String message() default "must be 1 to 64 letters, digits or . _ -, not . or ..";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
