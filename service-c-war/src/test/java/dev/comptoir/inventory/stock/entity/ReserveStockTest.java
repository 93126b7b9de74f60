package dev.comptoir.inventory.stock.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReserveStockTest {

    @Test
    void sumsLinesOfTheSameSkuAndOrdersThemBySku() {
        ReserveStock command = new ReserveStock(
                "o-1",
                List.of(
                        new ReserveStock.Line("MUG", 2),
                        new ReserveStock.Line("COFFEE", 1),
                        new ReserveStock.Line("MUG", 3)));

        assertEquals(Map.of("COFFEE", 1, "MUG", 5), command.quantities());
        assertEquals(List.of("COFFEE", "MUG"), List.copyOf(command.quantities().keySet()));
    }
}
