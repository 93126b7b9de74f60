/** MicroProfile Health checks of the Inventory service, served by WildFly on the management port (/health). */
package dev.comptoir.inventory.health;
