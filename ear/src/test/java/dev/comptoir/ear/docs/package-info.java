/**
 * The docs as a reader runs them: the README's tour and each pattern page's commands in bash against the test server, the README's pattern map checked against the tree, and the stock WildFly walkthrough.
 */
package dev.comptoir.ear.docs;
