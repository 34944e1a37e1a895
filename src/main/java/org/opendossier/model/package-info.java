/**
 * The domain vocabulary: immutable records and enums (sources, acquisitions, import outcomes, search results).
 * Depends on nothing but the JDK; every other layer speaks in these types.
 */
package org.opendossier.model;
