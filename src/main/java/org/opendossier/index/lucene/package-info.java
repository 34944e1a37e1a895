/**
 * The search index on Apache Lucene: schema ({@link org.opendossier.index.lucene.IndexSchema} holds every
 * field name, analyzer and the index version), the query language, highlighting, facets, and the
 * commit-user-data bookkeeping that ties the index to the case's change log. Implements {@code index}.
 */
package org.opendossier.index.lucene;
