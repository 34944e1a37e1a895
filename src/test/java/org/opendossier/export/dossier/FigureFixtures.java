package org.opendossier.export.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opendossier.analysis.timeline.TimelineLayout;
import org.opendossier.export.graph.SvgGraphWriter;
import org.opendossier.export.timeline.TimelineSvgWriter;
import org.opendossier.model.ActorGraph;
import org.opendossier.model.ActorGraph.Edge;
import org.opendossier.model.ActorGraph.EdgeKind;
import org.opendossier.model.ActorGraph.Node;
import org.opendossier.model.ActorGraph.Point;
import org.opendossier.model.ActorKind;
import org.opendossier.model.Claim;
import org.opendossier.model.ClaimStatus;
import org.opendossier.model.Dossier;
import org.opendossier.model.DossierBlock;
import org.opendossier.model.PartialDate;
import org.opendossier.model.RelationshipType;
import org.opendossier.model.Stance;
import org.opendossier.model.Timeline;
import org.opendossier.model.Timeline.Appearance;
import org.opendossier.model.TimelineFigure;

/** Invented timelines and networks, drawn by our own SVG writers, in dossiers of figures. */
final class FigureFixtures {
    static final String GRAIN_CLAIM = "The grain ship left Odesa on 3 May";
    static final String FIRE_CLAIM = "The warehouse fire was set on purpose";
    static final String HARBOUR_BOARD = "Harbour Board";
    static final String CYRILLIC_ACTOR = "Морская администрация";
    static final String ARABIC_ACTOR = "هيئة الميناء";
    static final String TIMELINE_CAPTION = "Timeline of the shipping claims";
    static final String NETWORK_CAPTION = "Network of the port authorities";

    private FigureFixtures() {}

    static Claim claim(long id, String statement, ClaimStatus status, String event) {
        return new Claim(
                id, statement, status, PartialDate.parseOrNull(event), List.of(), List.of(), List.of(), "", null, null);
    }

    /** Two claims, one backed then denied, one disputed, with a month-only date and an undated letter. */
    static Timeline timeline() {
        return new Timeline(List.of(
                Timeline.Row.of(
                        claim(1, GRAIN_CLAIM, ClaimStatus.DISPUTED, "2024-05-03"),
                        List.of(
                                Appearance.of(
                                        10,
                                        "Ship sails",
                                        "Harbour Gazette",
                                        PartialDate.parse("2024-05-04"),
                                        Stance.SUPPORTS),
                                Appearance.of(
                                        11, "Port log", "Coast Radio", PartialDate.parse("2024-05-20"), Stance.REPORTS),
                                Appearance.of(
                                        12, "Denial", "Wire Desk", PartialDate.parse("2024-07-02"), Stance.DENIES))),
                Timeline.Row.of(
                        claim(2, FIRE_CLAIM, ClaimStatus.UNVERIFIED, null),
                        List.of(
                                Appearance.of(13, "Fire", "Valley Post", PartialDate.parse("2024-06"), Stance.DISPUTES),
                                Appearance.of(14, "Letter", "Reader", null, Stance.MENTIONS)))));
    }

    /** {@code claims} lanes, enough to make the picture far taller than a page for a large number. */
    static Timeline longTimeline(int claims) {
        List<Timeline.Row> rows = new ArrayList<>();
        for (int i = 1; i <= claims; i++) {
            rows.add(Timeline.Row.of(
                    claim(i, "Claim number " + i + " about the harbour", ClaimStatus.UNVERIFIED, null),
                    List.of(Appearance.of(
                            100 + i,
                            "Article " + i,
                            "Outlet " + i,
                            PartialDate.parse("2024-01-" + String.format("%02d", 1 + i % 28)),
                            Stance.SUPPORTS))));
        }
        return new Timeline(rows);
    }

    static TimelineFigure layout(Timeline timeline) {
        return new TimelineLayout().layout(timeline, 900);
    }

    static String timelineSvg(TimelineFigure figure) {
        return svg(out -> new TimelineSvgWriter().write(figure, out));
    }

    /** Four actors, Latin, Cyrillic and Arabic names, with co-occurrence and a relationship arrow. */
    static ActorGraph network() {
        return new ActorGraph(
                List.of(
                        new Node(1, HARBOUR_BOARD, ActorKind.ORGANISATION, 6),
                        new Node(2, CYRILLIC_ACTOR, ActorKind.ORGANISATION, 3),
                        new Node(3, ARABIC_ACTOR, ActorKind.PLACE, 2),
                        new Node(4, "Captain Ilyas", ActorKind.PERSON, 4)),
                List.of(
                        new Edge(1, 2, EdgeKind.CO_OCCURRENCE, null, 5),
                        new Edge(1, 3, EdgeKind.CO_OCCURRENCE, null, 2),
                        new Edge(4, 1, EdgeKind.RELATIONSHIP, RelationshipType.MEMBER_OF, 1)));
    }

    static final Map<Long, Point> NETWORK_LAYOUT =
            Map.of(1L, new Point(0, 0), 2L, new Point(10, 4), 3L, new Point(-6, 8), 4L, new Point(3, -9));

    static String networkSvg() {
        return svg(out -> new SvgGraphWriter().write(network(), NETWORK_LAYOUT, 900, 640, out));
    }

    /** A dossier of a heading and the given figures, one block each. */
    static DossierDocument dossier(List<DossierDocument.Figure> figures) {
        List<DossierBlock> blocks = new ArrayList<>();
        List<DossierDocument.Part> parts = new ArrayList<>();
        blocks.add(new DossierBlock.Heading(1, "Figures"));
        parts.add(new DossierDocument.Heading(1, "Figures"));
        for (DossierDocument.Figure figure : figures) {
            blocks.add(new DossierBlock.TimelineFigure(null, null));
            parts.add(figure);
        }
        Dossier dossier = new Dossier(1, "Port of call", "", "An investigator", LocalDate.of(2025, 5, 2), "", blocks);
        return new DossierDocument(dossier, parts);
    }

    private interface Drawing {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    private static String svg(Drawing drawing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            drawing.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
