/**
 * The case database on SQLite through JDBC: connection set-up (WAL, {@code synchronous=FULL}, foreign
 * keys), numbered forward-only migrations tracked in {@code PRAGMA user_version}, and the repositories.
 * No {@code java.sql} type leaves this package. Implements the {@code store} ports.
 */
package org.opendossier.store.sqlite;
