/**
 * What a restart or a kill -9 must not lose (orders, events, reservations, messages, sagas), and a start whose log holds no warning: tests that start and stop their server themselves.
 */
package dev.comptoir.ear.durability;
