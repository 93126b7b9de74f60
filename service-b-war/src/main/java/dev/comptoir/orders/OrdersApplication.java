package dev.comptoir.orders;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Orders (service B) answers at the root of its context: /orders, /orders/{id}. */
@ApplicationPath("/")
public class OrdersApplication extends Application {}
