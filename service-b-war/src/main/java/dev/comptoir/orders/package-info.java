/** Orders (service B of the course's aggregator diagram): the order aggregate, on OrdersDS and OrdersViewDS. */
package dev.comptoir.orders;
