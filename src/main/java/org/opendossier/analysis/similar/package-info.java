/**
 * How much sources really agree: {@link org.opendossier.analysis.similar.MinHash} signatures and {@link
 * org.opendossier.analysis.similar.NearDuplicates} to tell copies of one story (a wire report on many sites)
 * from different stories, {@link org.opendossier.analysis.similar.IndependentOutlets} to count the
 * independent outlets behind a claim ("3 outlets, 5 articles"), and {@link
 * org.opendossier.analysis.similar.EvidenceFinder} to propose passages of other sources that say what a claim
 * says. Pure functions over strings and {@code model} records; depends on {@code model}, the shared text
 * helpers ({@code analysis.text}, {@code analysis.names}) and the JDK. See decision record 0014.
 */
package org.opendossier.analysis.similar;
