package dev.comptoir.aggregator.bff.mobile.entity;

import dev.comptoir.aggregator.composition.entity.CustomerOverview;
import java.math.BigDecimal;
import java.util.List;

/** A customer on a phone: name, credit left, how many orders are open, and the latest few. */
public record MobileCustomer(
        String name, BigDecimal creditAvailable, Integer openOrders, List<Recent> recent, boolean partial) {

    private static final int RECENT = 3;

    public record Recent(String orderId, String status) {}

    public static MobileCustomer of(CustomerOverview overview) {
        List<Recent> recent = overview.orders() == null
                ? List.of()
                : overview.orders().stream()
                        .limit(RECENT)
                        .map(order -> new Recent(order.orderId(), order.status()))
                        .toList();
        return new MobileCustomer(
                overview.name(), overview.creditAvailable(), overview.openOrderCount(), recent, !overview.complete());
    }
}
