package dev.comptoir.inventory.events;

/**
 * The one place that names each event of inventory-events with the schema version it is written in: a
 * contract the other services read. The choreographed saga's two answers are shaped by the messaging kit
 * (the saga's event passed on, or with a reason), so they have a name here and no record.
 */
public enum InventoryEventType {
    STOCK_RESERVED("StockReserved", 1),
    STOCK_RELEASED("StockReleased", 1),
    STOCK_CONFIRMED("StockConfirmed", 1),
    STOCK_RESTOCKED("StockRestocked", 1),
    ORDER_PICKED("OrderPicked", 1),
    SAGA_STOCK_RESERVED("SagaStockReserved", 1),
    OUT_OF_STOCK("OutOfStock", 1);

    private final String wireName;
    private final int schemaVersion;

    InventoryEventType(String wireName, int schemaVersion) {
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
