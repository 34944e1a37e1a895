/**
 * Storage ports: the case database ({@link org.opendossier.store.CaseStore}, transactions, repositories,
 * the change log) and the content-addressed originals ({@link org.opendossier.store.OriginalStore}).
 * Interfaces only, in domain types; implementations live in sub-packages ({@code store.sqlite},
 * {@code store.files}) so that a server-backed store can be added later. Depends on {@code model}.
 */
package org.opendossier.store;
