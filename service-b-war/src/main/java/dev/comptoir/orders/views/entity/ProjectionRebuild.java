package dev.comptoir.orders.views.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One rebuild of the views into a fresh generation: how far it has read the store (committed with the rows
 * it wrote, so a restart resumes there), how often it was started, and at the swap the content hashes of
 * the live generation and of the rebuilt one; or when the operator cancelled it.
 */
@Entity
@Table(name = "PROJECTION_REBUILD")
public class ProjectionRebuild {

    @Id
    private long generation;

    @Column(nullable = false)
    private Instant startedAt;

    private Instant finishedAt;

    /** When the operator cancelled it, if it was; a cancelled rebuild never finishes. */
    private Instant cancelledAt;

    /** The global position up to which every stored event has been read into the new generation. */
    private long checkpoint;

    private long applied;

    /** How often it was started: 1, plus one for every restart that resumed it. */
    private int runs;

    /** A pace limit so that a rebuild spares the database; 0 when unlimited. */
    private int eventsPerSecond;

    @Column(length = 64)
    private String liveHash;

    @Column(length = 64)
    private String rebuiltHash;

    protected ProjectionRebuild() {}

    public ProjectionRebuild(long generation, int eventsPerSecond, Instant startedAt) {
        this.generation = generation;
        this.eventsPerSecond = eventsPerSecond;
        this.startedAt = startedAt;
    }

    public void started() {
        runs++;
    }

    public void read(long position, int events) {
        checkpoint = position;
        applied += events;
    }

    public void swapped(String live, String rebuilt, Instant at) {
        liveHash = live;
        rebuiltHash = rebuilt;
        finishedAt = at;
    }

    public void cancelled(Instant at) {
        cancelledAt = at;
    }

    public long generation() {
        return generation;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public long checkpoint() {
        return checkpoint;
    }

    public long applied() {
        return applied;
    }

    public int runs() {
        return runs;
    }

    public int eventsPerSecond() {
        return eventsPerSecond;
    }

    public String liveHash() {
        return liveHash;
    }

    public String rebuiltHash() {
        return rebuiltHash;
    }
}
