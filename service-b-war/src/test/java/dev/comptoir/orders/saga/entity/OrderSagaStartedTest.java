package dev.comptoir.orders.saga.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderSagaStartedTest {

    @Test
    void keepsTheJsonCustomersAndInventoryRead() {
        OrderSagaStarted started = new OrderSagaStarted(
                "s1",
                "o1",
                "c1",
                new BigDecimal("12.50"),
                List.of(new OrderSagaStarted.Line("A", 2)),
                Instant.parse("2026-01-01T10:00:00Z"));

        assertEquals(
                "{\"sagaId\":\"s1\",\"orderId\":\"o1\",\"customerId\":\"c1\",\"amount\":12.50,"
                        + "\"lines\":[{\"sku\":\"A\",\"quantity\":2}],\"deadline\":\"2026-01-01T10:00:00Z\"}",
                started.toJson().toString());
    }
}
