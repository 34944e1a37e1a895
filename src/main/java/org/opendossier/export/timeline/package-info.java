/**
 * The claims timeline written for print: a self-contained SVG picture of a
 * {@link org.opendossier.model.TimelineFigure}, drawn exactly as laid out. Escaping is left to the JDK's
 * {@link javax.xml.stream.XMLStreamWriter} after {@link org.opendossier.export.graph.XmlText} removes what XML
 * cannot hold. Depends only on the model and the JDK.
 */
package org.opendossier.export.timeline;
