package dev.comptoir.orders.views.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * The key of a view row: the generation it belongs to and its own key within the view (an order id, a
 * status, a day). Every generation is a complete copy of the views; readers see the active one only, and
 * a rebuild fills the next one beside it (blue/green).
 */
@Embeddable
public class ViewKey implements Serializable {

    private long generation;

    @Column(length = 36)
    private String name;

    protected ViewKey() {}

    public ViewKey(long generation, String name) {
        this.generation = generation;
        this.name = name;
    }

    public long generation() {
        return generation;
    }

    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ViewKey key && key.generation == generation && key.name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(generation, name);
    }
}
