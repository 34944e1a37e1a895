package org.opendossier.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opendossier.analysis.graph.CoOccurrence;
import org.opendossier.analysis.graph.ForceLayout;
import org.opendossier.export.ftm.FtmWriter;
import org.opendossier.export.graph.GexfWriter;
import org.opendossier.export.graph.GraphMlWriter;
import org.opendossier.export.graph.SvgGraphWriter;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorGraph;
import org.opendossier.model.Mention;
import org.opendossier.model.Relationship;
import org.opendossier.model.Source;
import org.opendossier.store.CaseStore;
import org.opendossier.store.StoreException;

/**
 * The actors as a network: recorded relationships and who is named with whom, counted over every source;
 * and the files it is exported to (GEXF and GraphML for Gephi, SVG for a page, FollowTheMoney for tools that
 * speak it). Exports are written beside the target and moved into place, so a failed one leaves no half file.
 */
public final class ActorNetwork {
    private static final int PAGE = 250;
    /** The size of an SVG export, in user units; viewers scale it. */
    public static final double SVG_WIDTH = 1600;

    public static final double SVG_HEIGHT = 1200;

    private final CaseStore store;

    public ActorNetwork(CaseStore store) {
        this.store = store;
    }

    /** What the network is drawn from, kept so that changing the unit or weight needs no second pass. */
    public record Counted(CoOccurrence counts, List<Actor> actors, List<Relationship> relationships) {
        public ActorGraph graph(ActorGraph.Unit unit, int minWeight) {
            return counts.build(actors, relationships, unit, Math.max(1, minWeight));
        }
    }

    /** Reads every source with its mentions and counts who is named with whom. */
    public Counted count(CancelToken cancel) throws CaseException {
        try {
            CoOccurrence counts = new CoOccurrence();
            long after = 0;
            while (!cancel.isCancelled()) {
                long from = after;
                List<Source> page = store.read(tx -> tx.sources().page(from, PAGE));
                if (page.isEmpty()) {
                    break;
                }
                List<Long> ids = page.stream().map(Source::id).toList();
                Map<Long, List<Mention>> bySource = new HashMap<>();
                for (Mention m : store.read(tx -> tx.actors().mentionsIn(ids))) {
                    bySource.computeIfAbsent(m.sourceId(), k -> new ArrayList<>())
                            .add(m);
                }
                for (Source s : page) {
                    List<Mention> mentions = bySource.get(s.id());
                    if (mentions != null) {
                        counts.add(s.id(), s.text(), mentions);
                    }
                }
                after = page.getLast().id();
            }
            return new Counted(counts, store.read(tx -> tx.actors().list()), store.read(tx -> tx.actors()
                    .relationships()));
        } catch (StoreException e) {
            throw new CaseException("Could not read the actors' mentions: " + e.getMessage(), e);
        }
    }

    /**
     * Positions for drawing {@code graph} in a {@code width} × {@code height} box; {@code start} (the
     * positions shown before) keeps nodes near where the person last saw them.
     */
    public Map<Long, ActorGraph.Point> layout(
            ActorGraph graph, double width, double height, Map<Long, ActorGraph.Point> start) {
        return new ForceLayout().layout(graph, width, height, start);
    }

    /** The formats the network and the actors export to. */
    public enum Format {
        GEXF("gexf"),
        GRAPHML("graphml"),
        SVG("svg"),
        FTM("ftm.json");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        public static Format parse(String written) throws CaseException {
            try {
                return valueOf(written.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CaseException("Unknown format '" + written + "'; use gexf, graphml, svg or ftm.");
            }
        }
    }

    /** Writes {@code graph} (or, for FollowTheMoney, the actors and relationships) to {@code target}. */
    public void export(Counted counted, ActorGraph graph, Format format, Path target) throws CaseException {
        Map<Long, ActorGraph.Point> layout =
                format == Format.FTM ? Map.of() : new ForceLayout().layout(graph, SVG_WIDTH, SVG_HEIGHT);
        String caseId = store.caseId();
        AtomicFiles.write(target, out -> {
            switch (format) {
                case GEXF -> new GexfWriter().write(graph, layout, out);
                case GRAPHML -> new GraphMlWriter().write(graph, layout, out);
                case SVG -> new SvgGraphWriter().write(graph, layout, SVG_WIDTH, SVG_HEIGHT, out);
                case FTM -> new FtmWriter(caseId).write(counted.actors(), counted.relationships(), out);
            }
        });
    }
}
