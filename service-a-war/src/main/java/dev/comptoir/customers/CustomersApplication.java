package dev.comptoir.customers;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Customers (service A) answers at the root of its context: /customers, /customers/{id}, ... */
@ApplicationPath("/")
public class CustomersApplication extends Application {}
