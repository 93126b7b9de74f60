package dev.comptoir.aggregator;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The aggregator answers at the root of the server: /api/... for clients (and, later, /bff/web and /bff/mobile). */
@ApplicationPath("/")
public class AggregatorApplication extends Application {}
