/**
 * The shared-database mode beside database per service (chapter 05, docs/patterns/05-database-per-service.md): what sharing allows and what it costs.
 */
package dev.comptoir.ear.shareddatabase;
