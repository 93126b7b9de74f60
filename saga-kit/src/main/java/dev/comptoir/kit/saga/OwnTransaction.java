package dev.comptoir.kit.saga;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Runs a step of a choreographed saga in a transaction of its own, inside the consumer's. A refusal (a
 * problem thrown by the step) rolls back the step alone, and the consumer's transaction goes on to record
 * it and publish the refusal; a step that joined the consumer's transaction would doom it instead. The step
 * is idempotent per saga, so a redelivery after its own commit finds it done and answers the same.
 */
@ApplicationScoped
public class OwnTransaction {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T run(Supplier<T> step) {
        return step.get();
    }
}
