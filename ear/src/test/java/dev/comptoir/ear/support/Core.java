package dev.comptoir.ear.support;

import dev.comptoir.testing.ManagementApi;
import jakarta.jms.JMSContext;
import java.util.Properties;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * An external client on Artemis' own (core) protocol, through WildFly's HTTP port upgraded to the broker
 * (no extra port), as the application user (or, standing in for a service's publisher, as its broker user).
 */
public final class Core {

    /** Open for the whole run: closing the factory would close every context it made. */
    private static final ActiveMQConnectionFactory FACTORY =
            new ActiveMQConnectionFactory("tcp://127.0.0.1:8080?httpUpgradeEnabled=true");

    private Core() {}

    public static JMSContext connect() {
        return connectAs("app");
    }

    /** @param user a user server-config created: {@code app}, or a service's broker user ({@code orders.jms}...) */
    public static JMSContext connectAs(String user) {
        Properties credentials = ManagementApi.credentials();
        return FACTORY.createContext(
                credentials.getProperty(user + ".user"), credentials.getProperty(user + ".password"));
    }
}
