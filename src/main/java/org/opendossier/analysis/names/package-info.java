/**
 * Finding actors' names in texts: {@link org.opendossier.analysis.names.NameFolding} (the one definition
 * of when two names are the same name: case, accents, apostrophes, dashes and spacing aside),
 * {@link org.opendossier.analysis.names.Titles} (the honorifics and ranks that a person's alias may carry)
 * and {@link org.opendossier.analysis.names.AliasMatcher} (every alias of every actor in a text, in one
 * pass). Pure functions over {@code model} records and strings: depends on {@code model} and the JDK only,
 * keeps no state between calls, and is safe to use from many threads. See decision record 0010.
 */
package org.opendossier.analysis.names;
