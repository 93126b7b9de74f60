/**
 * JSON binding shared by a WAR's JAX-RS resources and REST clients, and strict request bodies: a WAR marks
 * a request record {@code @StrictBody}, and a property it does not have or a value of the wrong JSON type is
 * refused with 400 naming the field.
 */
package dev.comptoir.kit.json;
