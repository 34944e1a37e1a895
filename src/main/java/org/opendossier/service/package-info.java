/**
 * Use cases: import files into a case, keep the search index in step with the database, search, show and
 * verify sources. One write transaction per user action; long jobs report progress and can be cancelled.
 * Depends on the ports ({@code store}, {@code index}), on {@code ingest} and on {@code model}; never on
 * their implementations, which {@code app} chooses and hands in.
 */
package org.opendossier.service;
