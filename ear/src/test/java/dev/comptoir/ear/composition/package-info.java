/**
 * API composition and the aggregator (course chapter 01, docs/patterns/01-composition-aggregator.md): composed views, partial answers, the BFFs' shapes.
 */
package dev.comptoir.ear.composition;
