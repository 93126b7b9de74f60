package dev.comptoir.aggregator.breakers.boundary;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.aggregator.breakers.control.TransitionSharing;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.jboss.logging.Logger;

/**
 * Other aggregators' breaker transitions (topic breaker-transitions, a non-durable subscription of this
 * instance: what was sent while it was down is of no use to it). A malformed message is logged and dropped:
 * it carries no business data, and the breakers decide alone without it.
 */
@MessageDriven(
        name = "SharedTransitionListener",
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "java:/jms/topic/breaker-transitions"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
        })
public class SharedTransitionListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(SharedTransitionListener.class);

    @Inject
    TransitionSharing sharing;

    @Override
    public void onMessage(Message message) {
        try {
            JsonObject transition = JSON.createReader(new StringReader(((TextMessage) message).getText()))
                    .readObject();
            sharing.received(
                    message.getStringProperty(TransitionSharing.INSTANCE),
                    transition.getString("breaker"),
                    transition.getString("state"),
                    transition.getString("cause", ""));
        } catch (JMSException | RuntimeException e) {
            LOG.warnf(e, "Dropped a malformed breaker transition message %s", message);
        }
    }
}
