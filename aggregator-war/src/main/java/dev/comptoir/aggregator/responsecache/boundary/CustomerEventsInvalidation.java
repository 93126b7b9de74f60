package dev.comptoir.aggregator.responsecache.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;

/** Drops the cached answers that an event of customer-events names (non-durable, this instance's own). */
@MessageDriven(
        name = "CustomerEventsInvalidation",
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "java:/jms/topic/customer-events"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
        })
public class CustomerEventsInvalidation extends EventInvalidation {}
