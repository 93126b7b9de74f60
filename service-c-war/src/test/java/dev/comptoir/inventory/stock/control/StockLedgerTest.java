package dev.comptoir.inventory.stock.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.comptoir.inventory.stock.entity.ReserveStock;
import dev.comptoir.inventory.stock.entity.StockReservation;
import dev.comptoir.kit.problem.ProblemException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StockLedgerTest {

    private final StockReservation existing = new StockReservation("o-1", Map.of("COFFEE", 1, "MUG", 5));

    @Test
    void aRepeatedReservationWithTheSameQuantitiesAnswersTheOneHeld() {
        List<ReserveStock.Line> splitOtherwise = List.of(
                new ReserveStock.Line("MUG", 4), new ReserveStock.Line("COFFEE", 1), new ReserveStock.Line("MUG", 1));

        StockLedger.Reserved repeated = StockLedger.repeated(existing, new ReserveStock("o-1", splitOtherwise));

        assertSame(existing, repeated.reservation());
        assertFalse(repeated.created());
    }

    @Test
    void refusesOtherQuantitiesForAnOrderThatHoldsStock() {
        ReserveStock other =
                new ReserveStock("o-1", List.of(new ReserveStock.Line("MUG", 5), new ReserveStock.Line("COFFEE", 2)));

        ProblemException refusal = assertThrows(ProblemException.class, () -> StockLedger.repeated(existing, other));

        assertEquals(409, refusal.problem().status());
        assertEquals(
                "urn:comptoir:problem:reservation-differs", refusal.problem().type());
    }

    @Test
    void refusesAReservationThatLeavesOutASkuItHolds() {
        ReserveStock fewer = new ReserveStock("o-1", List.of(new ReserveStock.Line("MUG", 5)));

        assertThrows(ProblemException.class, () -> StockLedger.repeated(existing, fewer));
    }
}
