/** JavaPoet writers of clients and adapters; they never decide what is valid. */
package io.typedclient.processor.write;
