package dev.comptoir.orders.eventstore.control;

import dev.comptoir.kit.correlation.CorrelationId;
import dev.comptoir.kit.problem.Problem;
import dev.comptoir.kit.problem.ProblemException;
import dev.comptoir.orders.eventstore.entity.NewEvent;
import dev.comptoir.orders.eventstore.entity.RecordedEvent;
import dev.comptoir.orders.eventstore.entity.StoredEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Appends to and reads the streams of ORDER_EVENT. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EventStore {

    @PersistenceContext(unitName = "orders")
    EntityManager em;

    /**
     * Appends after {@code expectedVersion}: if the stream has moved on (another command won), a 409
     * ({@link StreamMovedOn}) and nothing written. Events whose ids are already stored were appended before:
     * returned as they are.
     */
    public List<RecordedEvent> append(
            String streamId, long expectedVersion, List<NewEvent> events, String causationId) {
        List<StoredEvent> earlier = em.createQuery(
                        "SELECT e FROM StoredEvent e WHERE e.eventId IN :ids ORDER BY e.position", StoredEvent.class)
                .setParameter("ids", events.stream().map(NewEvent::eventId).toList())
                .getResultList();
        if (!earlier.isEmpty()) {
            return earlier.stream().map(Upcasters::read).toList();
        }
        long current = version(streamId);
        if (current != expectedVersion) {
            throw new StreamMovedOn(
                    "Order " + streamId + " is at version " + current + ", the command expected " + expectedVersion);
        }
        List<StoredEvent> appended = new ArrayList<>();
        Instant now = Instant.now();
        for (NewEvent event : events) {
            StoredEvent stored = new StoredEvent(
                    event.eventId(),
                    streamId,
                    ++current,
                    event.type(),
                    event.schemaVersion(),
                    event.payload().toString(),
                    CorrelationId.current(),
                    causationId,
                    now);
            em.persist(stored);
            appended.add(stored);
        }
        try {
            em.flush();
        } catch (PersistenceException lostRace) {
            // Another transaction appended the same stream version first (unique stream + version). This
            // transaction is rolled back: nothing of the command is written, and no more queries run in it.
            throw new StreamMovedOn(
                    "Order " + streamId + " moved past version " + expectedVersion + " while the command ran");
        }
        return appended.stream().map(Upcasters::read).toList();
    }

    /** Where an event is, if it is stored. */
    public Optional<Long> positionOf(String eventId) {
        return em.createQuery("SELECT e.position FROM StoredEvent e WHERE e.eventId = :id", Long.class)
                .setParameter("id", eventId)
                .getResultStream()
                .findFirst();
    }

    public long version(String streamId) {
        Long version = em.createQuery("SELECT MAX(e.version) FROM StoredEvent e WHERE e.streamId = :stream", Long.class)
                .setParameter("stream", streamId)
                .getSingleResult();
        return version == null ? 0 : version;
    }

    /** The events of a stream after {@code afterVersion} up to {@code maxVersion}, in order. */
    public List<RecordedEvent> stream(String streamId, long afterVersion, long maxVersion) {
        return em
                .createQuery(
                        "SELECT e FROM StoredEvent e WHERE e.streamId = :stream AND e.version > :after"
                                + " AND e.version <= :max ORDER BY e.version",
                        StoredEvent.class)
                .setParameter("stream", streamId)
                .setParameter("after", afterVersion)
                .setParameter("max", maxVersion)
                .getResultList()
                .stream()
                .map(Upcasters::read)
                .toList();
    }

    /** The event at a global position, if one is stored there. */
    public Optional<RecordedEvent> at(long position) {
        return em.createQuery("SELECT e FROM StoredEvent e WHERE e.position = :position", StoredEvent.class)
                .setParameter("position", position)
                .getResultStream()
                .findFirst()
                .map(Upcasters::read);
    }

    /** The global position of the last stored event, 0 when there is none. */
    public long head() {
        Long head = em.createQuery("SELECT MAX(e.position) FROM StoredEvent e", Long.class)
                .getSingleResult();
        return head == null ? 0 : head;
    }

    /** Up to {@code limit} events of every stream after a global position, in position order. */
    public List<RecordedEvent> after(long position, int limit) {
        return em
                .createQuery(
                        "SELECT e FROM StoredEvent e WHERE e.position > :position ORDER BY e.position",
                        StoredEvent.class)
                .setParameter("position", position)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(Upcasters::read)
                .toList();
    }

    /** The events of a stream recorded at or before {@code at}. */
    public List<RecordedEvent> streamAsOf(String streamId, Instant at) {
        return em
                .createQuery(
                        "SELECT e FROM StoredEvent e WHERE e.streamId = :stream AND e.recordedAt <= :at"
                                + " ORDER BY e.version",
                        StoredEvent.class)
                .setParameter("stream", streamId)
                .setParameter("at", at)
                .getResultList()
                .stream()
                .map(Upcasters::read)
                .toList();
    }

    /**
     * The stream is past the version the events were to follow: a 409, which a command whose client named that
     * version (If-Match) answers as a 412 instead.
     */
    public static final class StreamMovedOn extends ProblemException {

        StreamMovedOn(String detail) {
            super(Problem.of(409, "stale-version", "The order has changed", detail));
        }
    }
}
