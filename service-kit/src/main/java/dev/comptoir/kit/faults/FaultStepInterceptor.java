package dev.comptoir.kit.faults;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Applies the fault rules to each {@link FaultStep}. Its priority puts it inside {@code @Transactional}'s
 * interceptor (which runs first), so the step's transaction is still open when a rule delays or fails it.
 */
@FaultStep("")
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class FaultStepInterceptor {

    @Inject
    FaultRules faults;

    @AroundInvoke
    Object afterStep(InvocationContext invocation) throws Exception {
        Object result = invocation.proceed();
        FaultStep step = invocation.getMethod().getAnnotation(FaultStep.class);
        faults.onStep(step.endsWithFirstArgument() ? step.value() + invocation.getParameters()[0] : step.value());
        return result;
    }
}
