package dev.comptoir.kit.messaging;

import jakarta.jms.JMSException;
import jakarta.jms.Message;

/** A message that is not an event at all: redelivery cannot help, it ends in the dead-letter queue. */
public class MalformedMessage extends RuntimeException {

    public MalformedMessage(Message message, Exception cause) {
        super("Not a Comptoir event: " + idOf(message), cause);
    }

    private static String idOf(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return "(no id)";
        }
    }
}
