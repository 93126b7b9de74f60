package dev.comptoir.aggregator.breakers.boundary;

/**
 * A breaker in JMX ({@code dev.comptoir:type=CircuitBreaker,module=<module>,name=<service>}), for jconsole
 * and other JMX tools through WildFly's management port: authenticated there, as a management user.
 */
public interface BreakerControlMXBean {

    String getVariant();

    String getState();

    void forceOpen();

    void forceClosed();

    void disable();

    void release();

    void reset();
}
