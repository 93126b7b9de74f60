package dev.comptoir.kit.faults;

/** A message consumer failed on purpose by a fault rule: the broker redelivers the message, as for any fault. */
public class InjectedFault extends RuntimeException {

    InjectedFault(String consumer, String eventType) {
        super("Fault injection failed " + consumer + " on " + eventType + " on purpose");
    }
}
