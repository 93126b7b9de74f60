package dev.comptoir.customers.health;

import dev.comptoir.kit.health.DataSourceCheck;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while CustomersDS hands out a working connection. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/CustomersDS")
    DataSource database;

    @Override
    public HealthCheckResponse call() {
        return DataSourceCheck.check("customers-database", database);
    }
}
