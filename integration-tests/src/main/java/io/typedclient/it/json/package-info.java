/**
 * Models compiled by the typedclient processor in an ordinary build, covering every supported property kind,
 * for the round-trip, property-based and no-reflection tests.
 */
package io.typedclient.it.json;
