/** How the aggregator uses the messaging kit: its inbox in its own database, AggregatorViewDS. */
package dev.comptoir.aggregator.messaging;
