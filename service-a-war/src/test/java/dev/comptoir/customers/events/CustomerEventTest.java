package dev.comptoir.customers.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Each event's name, schema version, key and JSON, byte for byte as the other services read them. */
class CustomerEventTest {

    @Test
    void aProfileEventCarriesTheFiguresAsTheyNowAre() {
        String json = "{\"customerId\":\"c1\",\"name\":\"Ada\",\"creditLimit\":500.00,\"creditAvailable\":420.50}";
        BigDecimal limit = new BigDecimal("500.00");
        BigDecimal available = new BigDecimal("420.50");

        writes(new CustomerRegistered("c1", "Ada", limit, available), "CustomerRegistered", "c1", json);
        writes(new CustomerChanged("c1", "Ada", limit, available), "CustomerChanged", "c1", json);
    }

    @Test
    void aCreditEventIsKeyedByOrder() {
        String json = "{\"orderId\":\"o1\",\"customerId\":\"c1\",\"amount\":79.50}";
        BigDecimal amount = new BigDecimal("79.50");

        writes(new CreditReserved("o1", "c1", amount), "CreditReserved", "o1", json);
        writes(new CreditReleased("o1", "c1", amount), "CreditReleased", "o1", json);
        writes(new CreditConfirmed("o1", "c1", amount), "CreditConfirmed", "o1", json);
    }

    private static void writes(CustomerEvent event, String wireName, String key, String json) {
        assertEquals(wireName, event.type().wireName());
        assertEquals(1, event.type().schemaVersion());
        assertEquals(key, event.key());
        assertEquals(json, event.toJson().toString());
    }
}
