/**
 * Sagas (chapter 09, docs/patterns/09-sagas.md): orchestrated on MicroProfile LRA and choreographed over the topics, their compensations, invariants, and the operator's parked compensations.
 */
package dev.comptoir.ear.sagas;
