/**
 * Finding quotes in source texts: {@link org.opendossier.analysis.anchor.QuoteAnchoring} places a stored
 * evidence quote again after its source's text changed (position, exact quote, then fuzzy matching on quote
 * and context, as the Hypothesis client does; what cannot be placed is an orphan), and
 * {@link org.opendossier.analysis.anchor.QuoteLocator} finds a quote a person typed, tolerating white space
 * and typographic quotes and dashes, and offers the closest passage when it is not there. Built on Myers'
 * bit-parallel approximate string matching. Pure functions over strings and {@code model} records: depends
 * on {@code model} and the JDK only, keeps no state, safe from many threads. See decision record 0013.
 */
package org.opendossier.analysis.anchor;
