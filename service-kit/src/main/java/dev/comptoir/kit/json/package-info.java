/** JSON binding shared by a WAR's JAX-RS resources and REST clients. */
package dev.comptoir.kit.json;
