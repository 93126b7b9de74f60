/** Demo data seeded into an empty service database, once across the service's instances. */
package dev.comptoir.kit.seeding;
