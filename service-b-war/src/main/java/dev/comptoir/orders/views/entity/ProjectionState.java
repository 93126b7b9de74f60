package dev.comptoir.orders.views.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Where a projection stands: the generation readers see, the highest global position applied to it (in
 * the transaction of each update), and the generation a rebuild is filling, if one runs. Every projector
 * transaction locks this row, which keeps shared counters exact and makes the swap atomic.
 */
@Entity
@Table(name = "PROJECTION_STATE")
public class ProjectionState {

    @Id
    @Column(length = 64)
    private String projection;

    private long generation;

    private long position;

    private Long rebuilding;

    protected ProjectionState() {}

    public ProjectionState(String projection, long generation, Long rebuilding) {
        this.projection = projection;
        this.generation = generation;
        this.rebuilding = rebuilding;
    }

    /**
     * A high-water mark: events of different orders may be applied out of position order (they commit in
     * any order); an order's own events are always applied in their stream order.
     */
    public void applied(long eventPosition) {
        position = Math.max(position, eventPosition);
    }

    public void rebuildInto(long nextGeneration) {
        rebuilding = nextGeneration;
    }

    /** The operator gave up the rebuild: readers keep the generation they see, the projector writes only into it. */
    public void abandonRebuild() {
        rebuilding = null;
    }

    /** The rebuilt generation becomes the one readers see, in the transaction that applied its last event. */
    public void swap(long rebuiltUpTo) {
        generation = rebuilding;
        rebuilding = null;
        applied(rebuiltUpTo);
    }

    public long generation() {
        return generation;
    }

    public long position() {
        return position;
    }

    public Long rebuilding() {
        return rebuilding;
    }
}
