/**
 * E-mail messages (RFC 5322 / MIME, as {@code .eml} files or one message of an mbox), read with Apache
 * James mime4j, the MIME parser Tika itself uses, so that the choice of body part (plain text over HTML)
 * and the handling of attachments (named, never opened) are ours. Depends on {@code ingest}, {@code model},
 * mime4j and jsoup.
 */
package org.opendossier.ingest.mail;
