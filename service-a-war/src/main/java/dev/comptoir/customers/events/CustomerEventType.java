package dev.comptoir.customers.events;

/**
 * The one place that names each event of customer-events with the schema version it is written in: a
 * contract the other services read. The choreographed saga's two answers are shaped by the messaging kit
 * (the saga's event passed on, or with a reason), so they have a name here and no record.
 */
public enum CustomerEventType {
    CUSTOMER_REGISTERED("CustomerRegistered", 1),
    CUSTOMER_CHANGED("CustomerChanged", 1),
    CREDIT_RESERVED("CreditReserved", 1),
    CREDIT_RELEASED("CreditReleased", 1),
    CREDIT_CONFIRMED("CreditConfirmed", 1),
    SAGA_CREDIT_RESERVED("SagaCreditReserved", 1),
    CREDIT_LIMIT_EXCEEDED("CreditLimitExceeded", 1);

    private final String wireName;
    private final int schemaVersion;

    CustomerEventType(String wireName, int schemaVersion) {
        this.wireName = wireName;
        this.schemaVersion = schemaVersion;
    }

    /** The event's name in the message's eventType and in JMSType. */
    public String wireName() {
        return wireName;
    }

    public int schemaVersion() {
        return schemaVersion;
    }
}
