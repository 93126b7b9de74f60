package dev.comptoir.kit.faults;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A named step where fault rules with method {@code STEP} apply ({@link FaultRules#onStep}): when the method
 * has returned, still inside its transaction, so that an injected failure undoes the step like any fault and a
 * delay holds what the step locked. The business code names the step and makes no call.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE}) // TYPE for the interceptor only: steps are methods
public @interface FaultStep {

    /** The step's name, or the start of it (e.g. {@code customers/credit-locked/}). */
    @Nonbinding
    String value();

    /** Whether the method's first argument ends the name (a customer's id, a compensation's name). */
    @Nonbinding
    boolean endsWithFirstArgument() default false;
}
