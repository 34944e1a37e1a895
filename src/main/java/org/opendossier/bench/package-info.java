/**
 * The speed benchmark ({@code opendossier bench}): a seeded synthetic news corpus, our whole import path
 * measured against bare Lucene and bare SQLite FTS5 over the same files, search latency, and matching the
 * names of 10,000 synthetic actors in every article. A top-level
 * tool like {@code app}: it may use every layer and, for its baselines, Lucene and JDBC directly; only
 * {@code app} uses it.
 */
package org.opendossier.bench;
