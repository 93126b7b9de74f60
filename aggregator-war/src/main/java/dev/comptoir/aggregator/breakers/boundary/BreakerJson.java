package dev.comptoir.aggregator.breakers.boundary;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.aggregator.breakers.control.Breaker;
import dev.comptoir.aggregator.breakers.entity.Transition;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/** A breaker as the runtime view shows it. */
final class BreakerJson {

    private BreakerJson() {}

    static JsonObject of(String name, Breaker breaker) {
        JsonArrayBuilder transitions = JSON.createArrayBuilder();
        breaker.transitions().forEach(transition -> transitions.add(of(transition)));
        return JSON.createObjectBuilder()
                .add("name", name)
                .add("variant", breaker.settings().variant().label())
                .add("engine", breaker.settings().variant().engine.label)
                .add("state", breaker.state())
                .add("counts", of(breaker.counts()))
                .add("thresholds", of(breaker.thresholds()))
                .add("transitions", transitions)
                .build();
    }

    static JsonObject of(Transition transition) {
        return JSON.createObjectBuilder()
                .add("breaker", transition.breaker())
                .add("from", transition.from())
                .add("to", transition.to())
                .add("at", transition.at().toString())
                .add("cause", transition.cause())
                .build();
    }

    private static JsonObject of(Map<String, Object> values) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        values.forEach((key, value) -> {
            if (value instanceof Boolean flag) {
                json.add(key, flag);
            } else if (value instanceof Integer || value instanceof Long) {
                json.add(key, ((Number) value).longValue());
            } else if (value instanceof Number number) {
                json.add(key, number.doubleValue());
            } else {
                json.add(key, String.valueOf(value));
            }
        });
        return json.build();
    }
}
