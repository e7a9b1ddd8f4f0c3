/** Reading javac's model: annotations by name, how messages spell types, types not defined yet, visibility. */
package io.typedclient.processor.mirror;
