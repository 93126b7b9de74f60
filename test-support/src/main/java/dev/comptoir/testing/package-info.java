/**
 * Test support shared by every module's Arquillian tests: an HTTP client that speaks JSON and reads
 * problem documents, and the HTTP management API of the server under test. Tests reach the server
 * only through these real paths.
 */
package dev.comptoir.testing;
