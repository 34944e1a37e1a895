/**
 * Text helpers that several analyses share, so that they cut a text the same way: {@link
 * org.opendossier.analysis.text.Segments} finds its paragraphs and sentences. Depends only on {@code model}
 * and the JDK.
 */
package org.opendossier.analysis.text;
