package dev.comptoir.aggregator.destinations.control;

import dev.comptoir.aggregator.destinations.entity.Destination;
import dev.comptoir.kit.problem.Problem;
import dev.comptoir.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.management.InstanceNotFoundException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Reads the queues of the broker this server embeds from Artemis' own management beans ({@code QueueControl}, one per
 * queue): the figures the broker keeps, not counts of our own. Temporary queues and the broker's internal ones are
 * left out.
 */
@ApplicationScoped
public class Destinations {

    private static final String QUEUES = "org.apache.activemq.artemis:component=addresses,subcomponent=queues,*";

    public List<Destination> all() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            Set<ObjectName> names = server.queryNames(new ObjectName(QUEUES), null);
            if (names.isEmpty()) {
                throw new ProblemException(Problem.of(
                        404,
                        "no-embedded-broker",
                        "No broker in this server",
                        "This server embeds no Artemis broker: a separate broker shows its queues in its own console"));
            }
            return names.stream()
                    .map(name -> read(server, name))
                    .filter(Objects::nonNull)
                    .sorted(Comparator.comparing(Destination::address).thenComparing(Destination::queue))
                    .toList();
        } catch (JMException e) {
            throw new IllegalStateException("Cannot read the broker's queues", e);
        }
    }

    /** The queue's figures, or null for a queue not to show (temporary, internal, or gone while read). */
    private static Destination read(MBeanServer server, ObjectName name) {
        try {
            String address = (String) server.getAttribute(name, "Address");
            if ((Boolean) server.getAttribute(name, "Temporary") || address.startsWith("activemq.")) {
                return null;
            }
            return new Destination(
                    address,
                    (String) server.getAttribute(name, "Name"),
                    (String) server.getAttribute(name, "RoutingType"),
                    (Boolean) server.getAttribute(name, "Durable"),
                    (Long) server.getAttribute(name, "MessageCount"),
                    (Integer) server.getAttribute(name, "DeliveringCount"),
                    (Integer) server.getAttribute(name, "ConsumerCount"),
                    (Long) server.getAttribute(name, "MessagesAdded"),
                    (Long) server.getAttribute(name, "MessagesAcknowledged"),
                    (Boolean) server.getAttribute(name, "Paused"));
        } catch (InstanceNotFoundException gone) {
            return null;
        } catch (JMException e) {
            throw new IllegalStateException("Cannot read the broker's queue " + name, e);
        }
    }
}
