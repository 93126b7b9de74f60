/** MicroProfile Health checks of the Orders service, served by WildFly on the management port (/health). */
package dev.comptoir.orders.health;
