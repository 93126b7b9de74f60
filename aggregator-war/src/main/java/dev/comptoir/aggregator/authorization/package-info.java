/**
 * Authorization at the gateway beyond the roles web.xml asks for: a customer reaches only their own objects, the
 * ones named by a route's {@code id} ({@link dev.comptoir.aggregator.authorization.boundary.OwnedBy}).
 */
package dev.comptoir.aggregator.authorization;
