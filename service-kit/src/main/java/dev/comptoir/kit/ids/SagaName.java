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

/** How a saga participation is named in a URL: by its order, choreographed ({@code create-order:}) or orchestrated ({@code lra-of-order:}, an LRA id being a URL itself). */
@Documented
@Pattern(regexp = SagaName.GRAMMAR)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({PARAMETER, FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface SagaName {

    String GRAMMAR = "(create-order|lra-of-order):[A-Za-z0-9._:-]{1,64}";

    String message() default "must be create-order:<order id> or lra-of-order:<order id>";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
