package dev.comptoir.aggregator.breakers.control;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.aggregator.breakers.entity.Transition;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.JMSRuntimeException;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * With {@code comptoir.gateway.breakers.share=true}, this aggregator tells the others when one of its breakers opens or
 * is forced open (topic breaker-transitions), and takes the same state when another one does: one instance tripping
 * protects them all. Only the resilience4j variants can take a state from outside; a MicroProfile one (simple, counter)
 * only sends. Off by default.
 */
@ApplicationScoped
public class TransitionSharing {

    public static final String INSTANCE = "instance";
    private static final Logger LOG = Logger.getLogger(TransitionSharing.class);
    private static final Set<String> SHARED = Set.of("OPEN", "FORCED_OPEN");

    private final Config config = ConfigProvider.getConfig(TransitionSharing.class.getClassLoader());
    private final String instance = UUID.randomUUID().toString();
    /** Set while this thread applies another instance's transition, so that it is not sent back. */
    private final ThreadLocal<Boolean> adopting = ThreadLocal.withInitial(() -> false);

    @Inject
    Breakers breakers;

    @Inject
    TransitionSender transitions;

    /** Sends from a thread of its own: the transition happens inside the breaker, on a caller's thread. */
    @Resource
    ManagedExecutorService sender;

    void start(@Observes @Initialized(ApplicationScoped.class) Object deployed) {
        breakers.onTransition(this::share);
    }

    public boolean enabled() {
        return config.getOptionalValue("comptoir.gateway.breakers.share", Boolean.class)
                .orElse(false);
    }

    private void share(Transition transition) {
        if (!enabled() || adopting.get() || !SHARED.contains(transition.to())) {
            return;
        }
        String body = JSON.createObjectBuilder()
                .add("breaker", transition.breaker())
                .add("state", transition.to())
                .add("cause", transition.cause())
                .build()
                .toString();
        sender.execute(() -> {
            try {
                transitions.send(body, instance);
            } catch (JMSRuntimeException e) {
                LOG.warnf(e, "Could not share that breaker %s went %s", transition.breaker(), transition.to());
            }
        });
    }

    /** Another instance's transition, as its message says; this instance's own are ignored. */
    public void received(String fromInstance, String service, String state, String cause) {
        if (!enabled() || instance.equals(fromInstance)) {
            return;
        }
        adopting.set(true);
        try {
            breakers.breaker(service).adopt(state, "instance " + fromInstance + " went " + state + ": " + cause);
        } finally {
            adopting.remove();
        }
    }
}
