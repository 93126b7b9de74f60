package dev.comptoir.orders.health;

import dev.comptoir.kit.health.DataSourceCheck;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while both of Orders' databases hand out working connections: the write side and the read side. */
@ApplicationScoped
public class DatabaseReadiness {

    @Resource(lookup = "java:jboss/datasources/OrdersDS")
    DataSource orders;

    @Resource(lookup = "java:jboss/datasources/OrdersViewDS")
    DataSource ordersView;

    @Produces
    @Readiness
    HealthCheck ordersDatabase() {
        return () -> DataSourceCheck.check("orders-database", orders);
    }

    @Produces
    @Readiness
    HealthCheck ordersViewDatabase() {
        return () -> DataSourceCheck.check("orders-view-database", ordersView);
    }
}
