package dev.comptoir.kit.faults;

/**
 * A message consumer or a named step failed on purpose by a fault rule: the broker redelivers the message,
 * or the step's caller retries it, as for any fault.
 */
public class InjectedFault extends RuntimeException {

    InjectedFault(String what) {
        super("Fault injection failed " + what + " on purpose");
    }
}
