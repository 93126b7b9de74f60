package dev.comptoir.orders.views.control;

import dev.comptoir.kit.problem.ProblemException;
import dev.comptoir.orders.eventstore.control.EventStore;
import dev.comptoir.orders.eventstore.entity.RecordedEvent;
import dev.comptoir.orders.views.entity.ProjectionRebuild;
import dev.comptoir.orders.views.entity.ProjectionState;
import dev.comptoir.orders.views.entity.ViewContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The steps of a rebuild, each in its own transaction under the projection's lock: begin (a fresh
 * generation beside the live one), read the next batch of stored events into it with the checkpoint, and
 * when no stored event is left unread, swap it in for readers. Between steps the live projector goes on,
 * writing into both generations.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class Rebuilds {

    private static final List<String> VIEWS = List.of("OrderSummaryView", "StatusCount", "DailyTotal");

    @PersistenceContext(unitName = "orders-view")
    EntityManager view;

    @Inject
    EventStore store;

    @Inject
    ProjectionStates states;

    public ProjectionRebuild begin(int eventsPerSecond) {
        ProjectionState state = states.locked();
        if (state.rebuilding() != null) {
            throw ProblemException.conflict(
                    "rebuild-running",
                    "A rebuild is running",
                    "Generation " + state.rebuilding() + " is being rebuilt; wait until it is swapped in");
        }
        // After the latest rebuild, which may be a cancelled one of a higher generation than the live one.
        long generation = Math.max(
                        state.generation(),
                        latest().map(ProjectionRebuild::generation).orElse(0L))
                + 1;
        ProjectionRebuild rebuild = new ProjectionRebuild(generation, eventsPerSecond, Instant.now());
        view.persist(rebuild);
        state.rebuildInto(rebuild.generation());
        return rebuild;
    }

    public ProjectionRebuild started(long generation) {
        ProjectionRebuild rebuild = view.find(ProjectionRebuild.class, generation);
        rebuild.started();
        return rebuild;
    }

    /**
     * Gives up the running rebuild: its generation's rows are deleted, readers keep the live one, and the
     * runner stops at its next step.
     */
    public ProjectionRebuild cancel() {
        ProjectionState state = states.locked();
        Long generation = state.rebuilding();
        if (generation == null) {
            throw ProblemException.conflict(
                    "no-rebuild-running", "No rebuild is running", "There is no rebuild to cancel");
        }
        ProjectionRebuild rebuild = view.find(ProjectionRebuild.class, generation);
        rebuild.cancelled(Instant.now());
        state.abandonRebuild();
        for (String entity : VIEWS) {
            view.createQuery("DELETE FROM " + entity + " v WHERE v.key.generation = :generation")
                    .setParameter("generation", generation)
                    .executeUpdate();
        }
        return rebuild;
    }

    /**
     * Reads up to {@code batch} stored events after the checkpoint into the generation; answers how many it
     * read, 0 when there were none left and the generation was swapped in (or already had been, or the
     * rebuild was cancelled).
     */
    public int step(long generation, int batch) {
        ProjectionState state = states.locked();
        if (!Long.valueOf(generation).equals(state.rebuilding())) {
            return 0;
        }
        ProjectionRebuild rebuild = view.find(ProjectionRebuild.class, generation);
        List<RecordedEvent> events = store.after(rebuild.checkpoint(), batch);
        if (events.isEmpty()) {
            rebuild.swapped(ViewHash.of(view, state.generation()), ViewHash.of(view, generation), Instant.now());
            state.swap(rebuild.checkpoint());
            return 0;
        }
        ViewGeneration rebuilt = new ViewGeneration(view, store, generation);
        rebuilt.preload(events.stream().map(RecordedEvent::streamId).distinct().toList());
        rebuilt.offerAll(events);
        rebuild.read(events.get(events.size() - 1).position(), events.size());
        return events.size();
    }

    /** Deletes the rows of generations readers no longer see, once one has been swapped out. */
    public void dropRetired() {
        ProjectionState state = states.current();
        for (String entity : VIEWS) {
            view.createQuery("DELETE FROM " + entity + " v WHERE v.key.generation < :generation")
                    .setParameter("generation", state.generation())
                    .executeUpdate();
        }
    }

    /** The rebuild running now, or else the last one. */
    public Optional<ProjectionRebuild> latest() {
        return view.createQuery("SELECT r FROM ProjectionRebuild r ORDER BY r.generation DESC", ProjectionRebuild.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The content hash of the generation readers see, taken under the lock: no projector writes meanwhile. */
    public ViewContent content() {
        ProjectionState state = states.locked();
        return new ViewContent(state.generation(), state.position(), ViewHash.of(view, state.generation()));
    }
}
