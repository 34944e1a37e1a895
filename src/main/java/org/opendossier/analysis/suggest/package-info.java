/**
 * Actor suggestions: names in the sources' texts that look like people, organisations or places nobody has
 * listed yet, ranked for a person to accept, attach as an alias, or reject. Heuristics over the stored clean
 * text (capitalised sequences, acronyms defined in the text, titles and roles, spread across sources and
 * outlets), because no named-entity model for these languages ships on Maven Central; page furniture that
 * survives extraction (photo credits, bylines, related links, cookie banners) is recognised and skipped.
 * Also the measurement of suggestion quality against labelled texts. Depends only on {@code model} and the
 * JDK.
 */
package org.opendossier.analysis.suggest;
