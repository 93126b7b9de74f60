package dev.comptoir.ear.support;

import dev.comptoir.testing.ManagementApi;
import jakarta.jms.JMSContext;
import java.util.Properties;
import org.apache.qpid.jms.JmsConnectionFactory;

/**
 * An external AMQP 1.0 client (Apache Qpid JMS) on the broker's external acceptor, as the application user; or,
 * for a test that stands in for a service's publisher (an event as that service would send it), as that
 * service's broker user.
 */
public final class Amqp {

    public static final int PORT = Integer.getInteger("comptoir.messaging.external.port", 61616);

    private Amqp() {}

    public static JMSContext connect() {
        return connectAs("app");
    }

    /** @param user a user server-config created: {@code app}, or a service's broker user ({@code orders.jms}...) */
    public static JMSContext connectAs(String user) {
        Properties credentials = ManagementApi.credentials();
        return new JmsConnectionFactory(
                        credentials.getProperty(user + ".user"),
                        credentials.getProperty(user + ".password"),
                        "amqp://127.0.0.1:" + PORT)
                .createContext();
    }
}
