/** MicroProfile Health checks of the Customers service, served by WildFly on the management port (/health). */
package dev.comptoir.customers.health;
