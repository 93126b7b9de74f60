package dev.comptoir.orders.saga.control;

import static dev.comptoir.orders.saga.entity.StepOutcome.DONE;

import dev.comptoir.orders.placement.entity.CustomerOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The saga's first step in either style: the order's total at Inventory's prices (the order keeps what
 * was asked, Inventory the prices), recorded in the timeline as price-order.
 */
@ApplicationScoped
public class OrderPricing {

    @Inject
    Participants participants;

    @Inject
    SagaLog log;

    /** @return the total, or the answer of Inventory that prevented it (recorded as the step's outcome) */
    public Priced price(CustomerOrder order) {
        Map<String, Integer> quantities = new TreeMap<>();
        order.lines().forEach(line -> quantities.merge(line.sku(), line.quantity(), Integer::sum));
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, Integer> line : quantities.entrySet()) {
            Reply product = participants.product(line.getKey());
            if (!product.done()) {
                log.record(order.id(), "price-order", Participants.INVENTORY, product.outcome(), product.detail());
                return new Priced(null, Optional.of(product));
            }
            BigDecimal price = product.json().getJsonNumber("price").bigDecimalValue();
            total = total.add(price.multiply(BigDecimal.valueOf(line.getValue())));
        }
        log.record(order.id(), "price-order", Participants.INVENTORY, DONE, "Total " + total);
        return new Priced(total, Optional.empty());
    }

    public record Priced(BigDecimal total, Optional<Reply> failure) {}
}
