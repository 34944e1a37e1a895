/**
 * Search ports: the full-text index of a case ({@link org.opendossier.index.SearchIndex}), the documents it
 * holds and the queries it answers, in plain Java types. The index is derived data, always rebuildable
 * from the case database. The Lucene implementation lives in {@code index.lucene}. Depends on
 * {@code model} only.
 */
package org.opendossier.index;
