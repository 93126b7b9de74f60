package dev.comptoir.aggregator.discovery.control;

import java.util.List;
import java.util.Locale;

/** How a call chooses among a service's ready instances; {@code turn} grows by one per choice. */
public enum Balancing {
    /** Each in turn. */
    ROUND_ROBIN {
        @Override
        ServiceInstance choose(List<ServiceInstance> candidates, long turn) {
            return candidates.get(Math.floorMod(turn, candidates.size()));
        }
    },
    /** The one with the fewest calls in flight; ties go round, so an idle service still spreads its calls. */
    LEAST_OUTSTANDING {
        @Override
        ServiceInstance choose(List<ServiceInstance> candidates, long turn) {
            int start = Math.floorMod(turn, candidates.size());
            ServiceInstance best = candidates.get(start);
            for (int i = 1; i < candidates.size(); i++) {
                ServiceInstance next = candidates.get((start + i) % candidates.size());
                if (next.outstanding() < best.outstanding()) {
                    best = next;
                }
            }
            return best;
        }
    };

    /** @param candidates not empty */
    abstract ServiceInstance choose(List<ServiceInstance> candidates, long turn);

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Balancing of(String label) {
        for (Balancing balancing : values()) {
            if (balancing.label().equals(label)) {
                return balancing;
            }
        }
        throw new IllegalArgumentException("Unknown balancing " + label + "; known: round-robin, least-outstanding");
    }
}
