package dev.comptoir.customers.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while CustomersDS hands out a working connection. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/CustomersDS")
    DataSource customers;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = customers.getConnection()) {
            return HealthCheckResponse.named("customers-database").status(connection.isValid(2)).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("customers-database").down().withData("error", e.getMessage()).build();
        }
    }
}
