package dev.comptoir.aggregator.breakers.control;

import dev.comptoir.kit.messaging.ServiceConnectionFactory;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Sends a breaker's transition to the other aggregators (topic breaker-transitions), a few times over while the
 * broker is away (a failover of the domain's broker pair takes a moment). This {@code @Retry} is also the aggregator's
 * one MicroProfile Fault Tolerance annotation, which is what makes WildFly give the deployment SmallRye's integration:
 * without it, the simple and counter breakers' {@code Guard} could not be built (docs/decisions.md, decision 10).
 */
@ApplicationScoped
public class TransitionSender {

    @Inject
    @ServiceConnectionFactory
    ConnectionFactory connections;

    @Resource(lookup = "java:/jms/topic/breaker-transitions")
    Topic topic;

    @Retry(retryOn = JMSRuntimeException.class, maxRetries = 5, delay = 200, maxDuration = 5_000)
    public void send(String body, String instance) {
        try (JMSContext jms = connections.createContext()) {
            TextMessage message = jms.createTextMessage(body);
            message.setStringProperty(TransitionSharing.INSTANCE, instance);
            jms.createProducer().send(topic, message);
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }
}
