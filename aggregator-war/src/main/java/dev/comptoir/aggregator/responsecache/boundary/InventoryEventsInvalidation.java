package dev.comptoir.aggregator.responsecache.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;

/** Drops the cached answers that an event of inventory-events names (non-durable, this instance's own). */
@MessageDriven(
        name = "InventoryEventsInvalidation",
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "java:/jms/topic/inventory-events"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
        })
public class InventoryEventsInvalidation extends EventInvalidation {}
