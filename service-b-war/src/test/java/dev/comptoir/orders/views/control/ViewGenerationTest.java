package dev.comptoir.orders.views.control;

import static dev.comptoir.orders.views.control.ViewGeneration.offered;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.orders.views.control.ViewGeneration.Offer;
import org.junit.jupiter.api.Test;

class ViewGenerationTest {

    @Test
    void appliesAnEventThatIsTheOrdersNext() {
        assertEquals(Offer.APPLY, offered(1, 0), "OrderPlaced on an order the views do not have yet");
        assertEquals(Offer.APPLY, offered(4, 3));
    }

    @Test
    void catchesUpFromTheStoreWhenEarlierEventsAreMissing() {
        assertEquals(Offer.CATCH_UP, offered(2, 0), "an approval that arrived before its OrderPlaced");
        assertEquals(Offer.CATCH_UP, offered(7, 3));
    }

    @Test
    void skipsAnEventTheSummaryAlreadyReflects() {
        assertEquals(Offer.SKIP, offered(3, 3), "a redelivery");
        assertEquals(Offer.SKIP, offered(1, 5), "a rebuild replaying what the live projector wrote");
    }
}
