/**
 * The grammars of the ids in the services' URLs, as Bean Validation constraints on path parameters: a
 * request whose id breaks its grammar (NUL, a bidirectional control, a dot segment, too long...) is refused
 * with 400 naming the parameter before anything looks it up.
 */
package dev.comptoir.kit.ids;
