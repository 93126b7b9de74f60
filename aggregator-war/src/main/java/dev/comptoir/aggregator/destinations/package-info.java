/**
 * The broker's destinations as an operator watches them: each queue (a JMS queue, or a topic's subscription) with its
 * messages waiting, in delivery and ever added, and its consumers.
 */
package dev.comptoir.aggregator.destinations;
