/**
 * The actor network written for other tools and for print: GEXF 1.3 and GraphML for Gephi, yEd, Cytoscape and
 * NetworkX, and a self-contained SVG picture. Everything is written with {@link javax.xml.stream.XMLStreamWriter}
 * (the JDK's, so escaping is not ours to get wrong) after characters that XML cannot hold are removed. Reads
 * {@link org.opendossier.model.ActorGraph}; depends only on the model and the JDK (decision record 0011).
 */
package org.opendossier.export.graph;
