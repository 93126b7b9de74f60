package dev.comptoir.kit.saga;

import dev.comptoir.kit.faults.FaultStep;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * An orchestrated saga's compensation as a named step (e.g. {@code customers/compensate}), where fault rules with
 * method {@code STEP} make it fail; {@link LraCompensation} counts its failures. Operators' retries and
 * choreographed compensations call the participant's undo directly, so no rule reaches them.
 */
@ApplicationScoped
class CompensationStep {

    @FaultStep(value = "", endsWithFirstArgument = true)
    public void undo(String step, SagaCompensation compensation, String orderId) {
        compensation.undo(orderId);
    }
}
