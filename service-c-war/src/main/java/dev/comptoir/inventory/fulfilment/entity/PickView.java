package dev.comptoir.inventory.fulfilment.entity;

import java.time.Instant;

/** A pick as the API shows it, with when its message was sent and when it was picked. */
public record PickView(
        long sequence,
        String orderId,
        int lineNo,
        int lineCount,
        String sku,
        int quantity,
        String worker,
        Instant sentAt,
        Instant pickedAt) {

    public static PickView of(Pick pick) {
        return new PickView(
                pick.sequence(),
                pick.orderId(),
                pick.lineNo(),
                pick.lineCount(),
                pick.sku(),
                pick.quantity(),
                pick.worker(),
                pick.sentAt(),
                pick.pickedAt());
    }
}
