package org.opendossier.service;

import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.opendossier.analysis.timeline.TimelineLayout;
import org.opendossier.export.timeline.TimelineSvgWriter;
import org.opendossier.model.Actor;
import org.opendossier.model.Claim;
import org.opendossier.model.DateSpan;
import org.opendossier.model.Evidence;
import org.opendossier.model.PartialDate;
import org.opendossier.model.SourceSummary;
import org.opendossier.model.Timeline;
import org.opendossier.model.TimelineFigure;
import org.opendossier.store.CaseStore;

/**
 * The claims of a case on a time axis: each claim with the date of its event and every source that quotes
 * it at that source's publication date, so that one sees where a claim first appeared, who repeated it, and
 * when it was denied. Filtered by actor and tag; laid out for drawing, and exported as an SVG picture.
 *
 * <p>Claims are ordered by the date of their event, those without one by their first dated appearance, and
 * the rest last; ties by the order they were recorded.
 */
public final class ClaimTimeline {
    /** The width of an SVG export, in CSS pixels; its height follows from the number of claims. */
    public static final double SVG_WIDTH = 1400;

    private final Transactions transactions;
    private final ClaimService claims;
    private final TimelineLayout layout = new TimelineLayout();

    public ClaimTimeline(CaseStore store, ClaimService claims) {
        this.transactions = new Transactions(store);
        this.claims = claims;
    }

    /** Runs {@code listener} after every committed change of claims or evidence, on the changing thread. */
    public void onChange(Runnable listener) {
        claims.onChange(listener);
    }

    /** The timeline of the claims {@code filter} lets through. */
    public Timeline build(TimelineFilter filter) throws CaseException {
        return transactions.read(tx -> {
            Set<Long> involving =
                    filter.actorId() == null ? null : new HashSet<>(tx.claims().claimsInvolving(filter.actorId()));
            List<Claim> shown = new ArrayList<>();
            for (Claim c : tx.claims().list()) {
                if ((involving == null || involving.contains(c.id()))
                        && (filter.tag() == null || c.tags().contains(filter.tag()))) {
                    shown.add(c);
                }
            }
            Set<Long> ids = new HashSet<>();
            shown.forEach(c -> ids.add(c.id()));
            Map<Long, List<Evidence>> byClaim = new HashMap<>();
            Set<Long> sourceIds = new HashSet<>();
            for (Evidence e : tx.claims().allEvidence()) {
                if (ids.contains(e.claimId())) {
                    byClaim.computeIfAbsent(e.claimId(), k -> new ArrayList<>()).add(e);
                    sourceIds.add(e.sourceId());
                }
            }
            Map<Long, SourceSummary> sources = tx.sources().summaries(sourceIds);
            List<Timeline.Row> rows = new ArrayList<>();
            for (Claim c : shown) {
                rows.add(Timeline.Row.of(c, appearances(byClaim.getOrDefault(c.id(), List.of()), sources)));
            }
            rows.sort(Comparator.comparing(ClaimTimeline::placing, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparingLong(Timeline.Row::claimId));
            return new Timeline(rows);
        });
    }

    /** One appearance per source and stance: two quotes from one article in the same sense are one appearance. */
    private static List<Timeline.Appearance> appearances(List<Evidence> evidence, Map<Long, SourceSummary> sources) {
        Map<String, Timeline.Appearance> out = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            SourceSummary s = sources.get(e.sourceId());
            if (s != null) {
                out.putIfAbsent(
                        e.sourceId() + "/" + e.stance(),
                        Timeline.Appearance.of(
                                s.id(), s.title(), s.outlet(), publishedDate(s.publishedAt()), e.stance()));
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * The day a source came out, from its stored publication date: an ISO date, or an instant in UTC whose
     * date part is the day in UTC. A date known only to the month or year is kept as such; anything else
     * leaves the source undated rather than placed by guess.
     */
    static PartialDate publishedDate(String publishedAt) {
        if (publishedAt == null || publishedAt.isBlank()) {
            return null;
        }
        String text = publishedAt.strip();
        int time = text.indexOf('T');
        try {
            return PartialDate.parse(time < 0 ? text : text.substring(0, time));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Where a row sorts: by its event, else by its first dated appearance. */
    private static DateSpan placing(Timeline.Row row) {
        Optional<DateSpan> event = row.eventSpan();
        if (event.isPresent()) {
            return event.get();
        }
        return row.dated().stream()
                .map(a -> a.span().orElseThrow())
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    /** The actors and tags the claims of the case name, for choosing a filter. */
    public TimelineChoices choices() throws CaseException {
        return transactions.read(tx -> {
            Set<Long> named = new HashSet<>();
            Set<String> tags = new TreeSet<>(Collator.getInstance(Locale.ROOT));
            for (Claim c : tx.claims().list()) {
                named.addAll(c.claimantIds());
                named.addAll(c.subjectIds());
                tags.addAll(c.tags());
            }
            for (Evidence e : tx.claims().allEvidence()) {
                if (e.speakerId() != null) {
                    named.add(e.speakerId());
                }
            }
            Collator byName = Collator.getInstance();
            byName.setStrength(Collator.SECONDARY);
            List<Actor> actors = tx.actors().list().stream()
                    .filter(a -> named.contains(a.id()))
                    .sorted(Comparator.comparing(Actor::name, byName))
                    .toList();
            return new TimelineChoices(actors, List.copyOf(tags));
        });
    }

    /** {@code timeline} laid out {@code width} pixels wide: what the pane and the SVG export draw. */
    public TimelineFigure figure(Timeline timeline, double width) {
        return layout.layout(timeline, width);
    }

    /** Writes {@code timeline} as an SVG picture {@link #SVG_WIDTH} wide; a failed write leaves no file. */
    public void exportSvg(Timeline timeline, Path target) throws CaseException {
        TimelineFigure figure = figure(timeline, SVG_WIDTH);
        AtomicFiles.write(target, out -> new TimelineSvgWriter().write(figure, out));
    }
}
