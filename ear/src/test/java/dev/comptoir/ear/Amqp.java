package dev.comptoir.ear;

import dev.comptoir.testing.ManagementApi;
import jakarta.jms.JMSContext;
import java.util.Properties;
import org.apache.qpid.jms.JmsConnectionFactory;

/** An external AMQP 1.0 client (Apache Qpid JMS) on the broker's external acceptor, as the application user. */
public final class Amqp {

    public static final int PORT = Integer.getInteger("comptoir.messaging.external.port", 61616);

    private Amqp() {}

    public static JMSContext connect() {
        Properties credentials = ManagementApi.credentials();
        return new JmsConnectionFactory(
                        credentials.getProperty("app.user"),
                        credentials.getProperty("app.password"),
                        "amqp://127.0.0.1:" + PORT)
                .createContext();
    }
}
