/**
 * The speed benchmark ({@code opendossier bench}): a seeded synthetic news corpus, our whole import path
 * measured against bare Lucene and bare SQLite FTS5 over the same files, and search latency. A top-level
 * tool like {@code app}: it may use every layer and, for its baselines, Lucene and JDBC directly; only
 * {@code app} uses it.
 */
package org.opendossier.bench;
