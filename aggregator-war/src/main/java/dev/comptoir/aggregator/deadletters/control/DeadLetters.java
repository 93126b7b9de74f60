package dev.comptoir.aggregator.deadletters.control;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.aggregator.deadletters.entity.DeadLetter;
import dev.comptoir.kit.problem.Problem;
import dev.comptoir.kit.problem.ProblemException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Reads the dead-letter queue with a JMS browser (nothing is consumed), and replays through the broker's
 * own management operation, {@code QueueControl.retryMessage}: it moves the message back atomically into
 * the one queue it failed in, so a topic subscriber group gets it again and the other groups do not.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Pattern MESSAGE_ID = Pattern.compile("ID:[0-9a-fA-F-]{1,64}");
    private static final Pattern BROKER_ID = Pattern.compile(DeadLetter.BROKER_ID_PREFIX + "[0-9]{1,19}");
    private static final Pattern EVENT_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Resource(lookup = "java:/jms/queue/DLQ")
    Queue deadLetterQueue;

    @Inject
    JMSContext jms;

    /** The oldest first; with a key, only the messages about that entity (an order id...). */
    public List<DeadLetter> list(int limit, String eventKey) {
        if (eventKey == null) {
            return browse(null, limit);
        }
        if (!EVENT_KEY.matcher(eventKey).matches()) {
            throw new ProblemException(
                    Problem.of(400, "bad-event-key", "Bad key", "key must be 1 to 100 letters, digits or . _ : -"));
        }
        return browse("eventKey = '" + eventKey + "'", limit);
    }

    public DeadLetter get(String id) {
        List<DeadLetter> found = browse(selectorFor(id), 1);
        if (found.isEmpty()) {
            throw ProblemException.notFound("dead-letter", id);
        }
        return found.get(0);
    }

    /** @return the message as it was before the replay */
    public DeadLetter replay(String id) {
        DeadLetter letter = get(id);
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName queue = deadLetterQueueControl(server);
            String found = (String) server.invoke(
                    queue, "listMessagesAsJSON", new Object[] {filterFor(id)}, new String[] {String.class.getName()});
            JsonArray messages = JSON.createReader(new StringReader(found)).readArray();
            if (messages.isEmpty()) {
                throw ProblemException.notFound("dead-letter", id);
            }
            long brokerId = messages.getJsonObject(0).getJsonNumber("messageID").longValue();
            server.invoke(queue, "retryMessage", new Object[] {brokerId}, new String[] {long.class.getName()});
            return letter;
        } catch (JMException e) {
            throw new IllegalStateException("The broker refused to replay " + id, e);
        }
    }

    private List<DeadLetter> browse(String selector, int limit) {
        List<DeadLetter> letters = new ArrayList<>();
        try (QueueBrowser browser = jms.createBrowser(deadLetterQueue, selector)) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements() && letters.size() < limit) {
                letters.add(DeadLetter.of((Message) messages.nextElement()));
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot browse the dead-letter queue", e);
        }
        return letters;
    }

    /** The JMS selector that picks the dead letter named {@code id}. */
    private static String selectorFor(String id) {
        if (MESSAGE_ID.matcher(id).matches()) {
            return "JMSMessageID = '" + id + "'";
        }
        if (BROKER_ID.matcher(id).matches()) {
            return brokerIdFilter(id);
        }
        throw ProblemException.notFound("dead-letter", id);
    }

    /** The same in the broker's own filter language (Artemis names the JMS id {@code AMQUserID}). */
    private static String filterFor(String id) {
        return MESSAGE_ID.matcher(id).matches() ? "AMQUserID = '" + id + "'" : brokerIdFilter(id);
    }

    private static String brokerIdFilter(String id) {
        return DeadLetter.ORIGINAL_BROKER_ID + " = " + id.substring(DeadLetter.BROKER_ID_PREFIX.length());
    }

    /** Artemis registers one QueueControl per queue; the DLQ's is the one whose queue name ends in DLQ. */
    private static ObjectName deadLetterQueueControl(MBeanServer server) throws JMException {
        return server
                .queryNames(
                        new ObjectName("org.apache.activemq.artemis:component=addresses,subcomponent=queues,*"), null)
                .stream()
                .filter(name -> name.getKeyProperty("queue").replace("\"", "").endsWith("DLQ"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No DLQ management bean: is jmx-management-enabled set?"));
    }
}
