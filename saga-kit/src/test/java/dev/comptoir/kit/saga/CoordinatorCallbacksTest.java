package dev.comptoir.kit.saga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.comptoir.kit.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoordinatorCallbacksTest {

    private final CoordinatorCallbacks callbacks = new CoordinatorCallbacks();

    {
        callbacks.coordinator = "http://localhost:8080/lra-coordinator/lra-coordinator";
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://localhost:8080/lra-coordinator/lra-coordinator/0_ffff7f000001_-1c6e2b1f_6745b0a2_2f",
                "http://127.0.0.1:8080/lra-coordinator/lra-coordinator/0_ffff7f000001_-1c6e2b1f_6745b0a2_30"
            })
    void acceptsAnLraOfTheCoordinatorWhateverHostItWasCalledBy(String lraId) {
        assertEquals(lraId, callbacks.lraOfOurCoordinator(lraId));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://elsewhere.example/lra/1",
                "http://localhost:8080/lra-coordinator/elsewhere/1",
                "http://localhost:8080/lra-coordinator/lra-coordinator/",
                "http://localhost:8080/lra-coordinator/lra-coordinator/1?x=y",
                "file:/lra-coordinator/lra-coordinator/1",
                "not an lra",
                ""
            })
    void refusesAnyOtherIdWith412(String lraId) {
        ProblemException refused = assertThrows(ProblemException.class, () -> callbacks.lraOfOurCoordinator(lraId));
        assertEquals(412, refused.problem().status());
    }

    @Test
    void refusesACallWithoutAnLra() {
        assertThrows(ProblemException.class, () -> callbacks.lraOfOurCoordinator(null));
    }
}
