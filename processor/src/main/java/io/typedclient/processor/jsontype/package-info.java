/** The one rule for which types generated code carries as JSON, and how each is wired. */
package io.typedclient.processor.jsontype;
