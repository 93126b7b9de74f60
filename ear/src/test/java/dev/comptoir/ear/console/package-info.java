/**
 * The consoles, driven in headless Chromium as their users use them: the console for the patterns at /ui
 * (docs/operations/console.md) as a learner does, WildFly's admin console (docs/operations/admin-console.md) as an
 * operator does.
 */
package dev.comptoir.ear.console;
