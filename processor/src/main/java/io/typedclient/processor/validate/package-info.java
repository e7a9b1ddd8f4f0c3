/** Validators: they read annotated types into {@code model} records and report mistakes; they never write code. */
package io.typedclient.processor.validate;
