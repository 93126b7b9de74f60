/**
 * The console for the patterns at /ui (docs/operations/console.md), driven in headless Chromium as a learner uses it.
 */
package dev.comptoir.ear.console;
