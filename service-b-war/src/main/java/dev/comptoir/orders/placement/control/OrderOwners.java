package dev.comptoir.orders.placement.control;

import dev.comptoir.kit.security.Owners;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Who placed an order: the customer of its stream in the event store (read in a transaction, as it requires). */
@ApplicationScoped
@Transactional
public class OrderOwners implements Owners {

    @Inject
    OrderRepository orders;

    @Override
    public String ownerOf(String id) {
        return Owners.unlessUnknown(() -> orders.get(id).customerId());
    }
}
