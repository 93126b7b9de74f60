/** Building blocks for each service's MicroProfile Health checks. */
package dev.comptoir.kit.health;
