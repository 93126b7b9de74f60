package dev.comptoir.kit.messaging.outbox;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row whose lock makes a relay the only one: each relay round locks it (skipping it when another
 * instance's round holds it) in the transaction that reads, sends and deletes a batch. A lost server's lock goes
 * with its connection.
 */
@Entity
@Table(name = "OUTBOX_LEASE")
public class OutboxLease {

    static final int ID = 1;

    @Id
    private int id;

    protected OutboxLease() {}

    OutboxLease(int id) {
        this.id = id;
    }
}
