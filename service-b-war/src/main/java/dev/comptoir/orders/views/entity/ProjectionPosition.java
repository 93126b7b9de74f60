package dev.comptoir.orders.views.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The highest global position the projections have applied, written in the transaction of each update.
 * Events of different orders may be applied out of position order (they commit in any order); an
 * order's own events are always applied in their stream order.
 */
@Entity
@Table(name = "PROJECTION_POSITION")
public class ProjectionPosition {

    @Id
    @Column(length = 64)
    private String projection;

    private long position;

    protected ProjectionPosition() {}

    public ProjectionPosition(String projection) {
        this.projection = projection;
    }

    public void applied(long eventPosition) {
        position = Math.max(position, eventPosition);
    }

    public long position() {
        return position;
    }
}
