/**
 * The speed benchmark ({@code opendossier bench}): a seeded synthetic news corpus, our whole import path
 * measured against bare Lucene and bare SQLite FTS5 over the same files, search latency, and matching the
 * names of 10,000 synthetic actors in every article; and the library at scale ({@code --library}): a case
 * of many sources opened, sorted, filtered and scrolled in the real library view. A top-level tool like
 * {@code app}: it may use every layer (the library's view and view model included) and, for its
 * baselines, Lucene and JDBC directly; only {@code app} uses it.
 */
package org.opendossier.bench;
