package dev.comptoir.inventory;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Inventory (service C) answers at the root of its context: /inventory/products, /inventory/reservations. */
@ApplicationPath("/")
public class InventoryApplication extends Application {}
