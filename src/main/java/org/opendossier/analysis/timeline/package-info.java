/**
 * The claims timeline laid out for drawing: the time axis and its ticks, statements wrapped to their column,
 * lanes and markers. Reads {@link org.opendossier.model.Timeline} and produces
 * {@link org.opendossier.model.TimelineFigure}; depends only on the model and the JDK.
 */
package org.opendossier.analysis.timeline;
