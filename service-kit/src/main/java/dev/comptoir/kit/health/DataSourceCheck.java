package dev.comptoir.kit.health;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** A readiness answer for one datasource: up while it hands out a connection that the driver calls valid. */
public final class DataSourceCheck {

    private DataSourceCheck() {}

    public static HealthCheckResponse check(String name, DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named(name).status(connection.isValid(2)).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named(name)
                    .down()
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
