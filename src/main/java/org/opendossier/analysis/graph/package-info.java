/**
 * The actor network: co-occurrence counted source by source, relationships added, and a deterministic
 * force-directed layout for drawing it. Produces {@link org.opendossier.model.ActorGraph}; depends only on the
 * model and the JDK (decision record 0011).
 */
package org.opendossier.analysis.graph;
