package dev.comptoir.ear.bench.floors;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("/")
public class FloorsApplication extends Application {}
