/**
 * The desktop workbench in JavaFX: views and their view models. Talks to {@code service} only; never to
 * JDBC, Lucene or parsing libraries.
 */
package org.opendossier.ui;
