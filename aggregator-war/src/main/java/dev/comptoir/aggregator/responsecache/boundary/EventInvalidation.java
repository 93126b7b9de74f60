package dev.comptoir.aggregator.responsecache.boundary;

import dev.comptoir.aggregator.responsecache.control.CacheTags;
import dev.comptoir.aggregator.responsecache.control.ResponseCache;
import dev.comptoir.kit.messaging.Event;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.jboss.logging.Logger;

/**
 * What the three listeners below share: every event of a service drops the cached answers made from the
 * ids it names. Each listener is a non-durable subscription of this instance: its cache lives in its
 * memory, so each instance must hear every event (a shared group would give each event to one of them),
 * and what was sent while it was down is of no use to a cache that is empty after a start.
 */
abstract class EventInvalidation implements MessageListener {

    private static final Logger LOG = Logger.getLogger(EventInvalidation.class);

    @Inject
    ResponseCache cache;

    @Override
    public void onMessage(Message message) {
        if (!cache.enabled()) {
            return;
        }
        try {
            cache.invalidate(CacheTags.named(Event.from(message).payload()));
        } catch (RuntimeException e) {
            // Nothing cached can be named by a message that cannot be read; the TTL still bounds any entry.
            LOG.warnf(e, "Dropped an unreadable event %s", message);
        }
    }
}
