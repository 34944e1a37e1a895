/**
 * Evidence and verdicts as linked data other tools read: evidence as W3C Web Annotations (JSON-LD), written and
 * read back, and rated claims as schema.org {@code ClaimReview}s for fact-check publishing. Depends only on the
 * model and Jackson (decision record 0015).
 */
package org.opendossier.export.annotation;
