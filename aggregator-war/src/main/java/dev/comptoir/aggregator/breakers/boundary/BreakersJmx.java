package dev.comptoir.aggregator.breakers.boundary;

import dev.comptoir.aggregator.breakers.control.Breakers;
import dev.comptoir.aggregator.breakers.entity.OperatorAction;
import dev.comptoir.aggregator.discovery.control.ServiceRegistry;
import dev.comptoir.kit.problem.ProblemException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The breakers as MXBeans in WildFly's MBean server, registered while the aggregator is deployed. The
 * management interface authenticates JMX clients; their actions are audited as {@code jmx}, the same way
 * as the HTTP API's.
 */
@ApplicationScoped
public class BreakersJmx {

    static final String OPERATOR = "jmx";

    @Inject
    Breakers breakers;

    /** Tells the aggregators deployed on one server apart (the EAR's, and any more copies of the WAR). */
    @Resource(lookup = "java:module/ModuleName")
    String module;

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final List<ObjectName> registered = new ArrayList<>();

    void register(@Observes @Initialized(ApplicationScoped.class) Object deployed) throws JMException {
        for (String service : ServiceRegistry.SERVICES) {
            ObjectName name = new ObjectName(
                    "dev.comptoir:type=CircuitBreaker,module=" + ObjectName.quote(module) + ",name=" + service);
            server.registerMBean(new Control(service), name);
            registered.add(name);
        }
    }

    void unregister(@Observes @BeforeDestroyed(ApplicationScoped.class) Object undeployed) throws JMException {
        for (ObjectName name : registered) {
            server.unregisterMBean(name);
        }
        registered.clear();
    }

    private final class Control implements BreakerControlMXBean {

        private final String service;

        Control(String service) {
            this.service = service;
        }

        @Override
        public String getVariant() {
            return breakers.breaker(service).settings().variant().label();
        }

        @Override
        public String getState() {
            return breakers.breaker(service).state();
        }

        @Override
        public void forceOpen() {
            operate(OperatorAction.FORCE_OPEN);
        }

        @Override
        public void forceClosed() {
            operate(OperatorAction.FORCE_CLOSED);
        }

        @Override
        public void disable() {
            operate(OperatorAction.DISABLE);
        }

        @Override
        public void release() {
            operate(OperatorAction.RELEASE);
        }

        @Override
        public void reset() {
            operate(OperatorAction.RESET);
        }

        private void operate(OperatorAction action) {
            try {
                breakers.operate(service, action, OPERATOR);
            } catch (ProblemException refused) {
                // A JMX client knows nothing of problem documents: the detail says why.
                throw new IllegalStateException(refused.problem().detail());
            }
        }
    }
}
