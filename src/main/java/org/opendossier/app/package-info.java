/**
 * The composition root: builds the store, index, services and executors with plain constructors and hands
 * them to the command line or the desktop UI. The only package that picks implementations.
 */
package org.opendossier.app;
