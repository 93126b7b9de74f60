/**
 * The services' own checks behind the gateway (chapter 02's defence in depth): tokens, function-level roles and strict requests, called as the gateway calls them.
 */
package dev.comptoir.ear.services;
