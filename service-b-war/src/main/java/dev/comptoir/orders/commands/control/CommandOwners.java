package dev.comptoir.orders.commands.control;

import dev.comptoir.kit.security.Owners;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The customer a queued place-order command is for. */
@ApplicationScoped
public class CommandOwners implements Owners {

    @Inject
    OrderCommands commands;

    @Override
    public String ownerOf(String id) {
        return Owners.unlessUnknown(() -> commands.statusOf(id).customerId());
    }
}
