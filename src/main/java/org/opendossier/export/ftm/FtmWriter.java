package org.opendossier.export.ftm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorKind;
import org.opendossier.model.Alias;
import org.opendossier.model.PartialDate;
import org.opendossier.model.Relationship;
import org.opendossier.model.RelationshipType;
import org.opendossier.model.Sha256;

/**
 * Writes actors and relationships as FollowTheMoney entities in JSON lines: one
 * {@code {"id": …, "schema": …, "properties": {name: [values]}}} a line, UTF-8, every value a list of strings as
 * FtM wants. Property names follow the FtM schema (followthemoney/schema/*.yaml).
 *
 * <p><b>Actors.</b>
 *
 * <table>
 *   <caption>Actor kind to FtM schema</caption>
 *   <tr><th>actor kind</th><th>schema</th></tr>
 *   <tr><td>PERSON</td><td>Person</td></tr>
 *   <tr><td>ORGANISATION</td><td>Organization</td></tr>
 *   <tr><td>PLACE</td><td>Address (its {@code full} is the name as well)</td></tr>
 *   <tr><td>OTHER</td><td>LegalEntity</td></tr>
 * </table>
 *
 * Display name → {@code name}; notes → {@code notes}. Aliases: ALIAS and TRANSLITERATION → {@code alias};
 * FORMER_NAME → {@code previousName}; ABBREVIATION and MISSPELLING → {@code weakAlias}, which FtM keeps for names
 * too short or too wrong to match on by themselves ("RSF", a misspelling found in a text). Dates active go into
 * {@code summary} ("active from 2014 until 2023") for every kind and, for organisations and other legal
 * entities, also into {@code incorporationDate}/{@code dissolutionDate}, the dates FtM reads as a legal entity's
 * life span; a person's dates active are not a birth or death date, so they stay in the summary.
 *
 * <p><b>Relationships</b>, read "from TYPE to":
 *
 * <table>
 *   <caption>Relationship type to FtM schema</caption>
 *   <tr><th>type</th><th>schema and properties</th></tr>
 *   <tr><td>MEMBER_OF</td><td>Membership: member = from, organization = to</td></tr>
 *   <tr><td>PART_OF</td><td>Membership: member = from, organization = to, role "part of"</td></tr>
 *   <tr><td>LEADS</td><td>Directorship: director = from, organization = to, role "leader"</td></tr>
 *   <tr><td>SUCCESSOR_OF</td><td>Succession: predecessor = to, successor = from</td></tr>
 *   <tr><td>FUNDS</td><td>Payment: payer = from, beneficiary = to, purpose "funding" (FtM has no standing
 *       funding link; a Payment without an amount is the money edge its tools draw)</td></tr>
 *   <tr><td>SUPPLIES, SANCTIONS, ALLIED_WITH, OPPOSES, OTHER</td><td>UnknownLink: subject = from, object = to,
 *       role "supplies", "sanctions", "allied with", "opposes", "related to" (FtM's Sanction names its
 *       authority as text, not as an entity, so it would lose the link)</td></tr>
 * </table>
 *
 * When the two actors do not fit the schema's ranges (Membership and Directorship need a legal entity and an
 * Organization; Succession and Payment two legal entities, and a place is none), the relationship is written
 * as an UnknownLink with the same role instead, so that no tool rejects it. Every link carries
 * {@code startDate}/{@code endDate} from the relationship's dates (FtM dates take "2022", "2022-03" or
 * "2022-03-27") and its note as {@code description}.
 *
 * <p><b>Ids</b> are stable for a case: {@code od-<case>-actor-<id>} and {@code od-<case>-rel-<id>}, where
 * {@code <case>} is the case id with everything but letters, digits, dots and hyphens made a hyphen, as FtM's
 * entity-id pattern {@code [0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?} requires. A relationship whose actors are
 * not both among the actors written is left out, so that every reference resolves.
 */
public final class FtmWriter {
    /** What one export wrote. */
    public record Written(int actors, int relationships, int relationshipsLeftOut) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NOT_ID = Pattern.compile("[^0-9A-Za-z.-]+");
    private static final Set<ActorKind> LEGAL_ENTITIES =
            EnumSet.of(ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.OTHER);

    private final String prefix;

    /**
     * @param caseId what names the case (its folder name, say); the same case id gives the same entity ids in
     *     every export, so a tool that loaded an earlier export updates its entities instead of duplicating them
     */
    public FtmWriter(String caseId) {
        Objects.requireNonNull(caseId, "caseId");
        if (caseId.isBlank()) {
            throw new IllegalArgumentException("an FtM export needs the case's id to make entity ids from");
        }
        String safe = NOT_ID.matcher(caseId.strip()).replaceAll("-").replaceAll("^[.-]+|[.-]+$", "");
        if (safe.isEmpty()) {
            // A name in a script the pattern does not allow: a short hash is still stable for the case.
            safe = Sha256.hex(caseId).substring(0, 12);
        }
        this.prefix = "od-" + safe + "-";
    }

    /** The FtM id of an actor in this case. */
    public String actorEntityId(long actorId) {
        return prefix + "actor-" + actorId;
    }

    /** The FtM id of a relationship in this case. */
    public String relationshipEntityId(long relationshipId) {
        return prefix + "rel-" + relationshipId;
    }

    /**
     * Writes every actor, then every relationship whose two actors are among them, to {@code out}, which is
     * flushed, not closed.
     */
    public Written write(List<Actor> actors, List<Relationship> relationships, OutputStream out) throws IOException {
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(relationships, "relationships");
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        Map<Long, ActorKind> kinds = new HashMap<>();
        for (Actor a : actors) {
            kinds.put(a.id(), a.kind());
            writeLine(writer, actorEntity(a));
        }
        int written = 0;
        for (Relationship r : relationships) {
            ActorKind from = kinds.get(r.fromActorId());
            ActorKind to = kinds.get(r.toActorId());
            if (from != null && to != null) {
                writeLine(writer, relationshipEntity(r, from, to));
                written++;
            }
        }
        writer.flush();
        return new Written(actors.size(), written, relationships.size() - written);
    }

    private ObjectNode actorEntity(Actor a) {
        Map<String, Set<String>> p = new LinkedHashMap<>();
        put(p, "name", a.name());
        if (a.kind() == ActorKind.PLACE) {
            put(p, "full", a.name());
        }
        for (Alias alias : a.aliases()) {
            String property =
                    switch (alias.kind()) {
                        case ALIAS, TRANSLITERATION -> "alias";
                        case FORMER_NAME -> "previousName";
                        case ABBREVIATION, MISSPELLING -> "weakAlias";
                    };
            put(p, property, alias.name());
        }
        put(p, "notes", a.notes());
        put(p, "summary", activeSummary(a.activeFrom(), a.activeTo()));
        if (a.kind() == ActorKind.ORGANISATION || a.kind() == ActorKind.OTHER) {
            put(p, "incorporationDate", date(a.activeFrom()));
            put(p, "dissolutionDate", date(a.activeTo()));
        }
        return entity(actorEntityId(a.id()), schema(a.kind()), p);
    }

    /** The FtM schema of an actor of this kind. */
    public static String schema(ActorKind kind) {
        return switch (kind) {
            case PERSON -> "Person";
            case ORGANISATION -> "Organization";
            case PLACE -> "Address";
            case OTHER -> "LegalEntity";
        };
    }

    private ObjectNode relationshipEntity(Relationship r, ActorKind fromKind, ActorKind toKind) {
        String from = actorEntityId(r.fromActorId());
        String to = actorEntityId(r.toActorId());
        boolean memberOfOrganisation = LEGAL_ENTITIES.contains(fromKind) && toKind == ActorKind.ORGANISATION;
        boolean betweenLegalEntities = LEGAL_ENTITIES.contains(fromKind) && LEGAL_ENTITIES.contains(toKind);
        Map<String, Set<String>> p = new LinkedHashMap<>();
        String schema;
        switch (r.type()) {
            case MEMBER_OF, PART_OF -> {
                if (!memberOfOrganisation) {
                    return unknownLink(r, from, to);
                }
                schema = "Membership";
                put(p, "member", from);
                put(p, "organization", to);
                if (r.type() == RelationshipType.PART_OF) {
                    put(p, "role", role(r));
                }
            }
            case LEADS -> {
                if (!memberOfOrganisation) {
                    return unknownLink(r, from, to);
                }
                schema = "Directorship";
                put(p, "director", from);
                put(p, "organization", to);
                put(p, "role", "leader");
            }
            case SUCCESSOR_OF -> {
                if (!betweenLegalEntities) {
                    return unknownLink(r, from, to);
                }
                schema = "Succession";
                put(p, "predecessor", to);
                put(p, "successor", from);
            }
            case FUNDS -> {
                if (!betweenLegalEntities) {
                    return unknownLink(r, from, to);
                }
                schema = "Payment";
                put(p, "payer", from);
                put(p, "beneficiary", to);
                put(p, "purpose", "funding");
            }
            default -> {
                return unknownLink(r, from, to);
            }
        }
        interval(p, r);
        return entity(relationshipEntityId(r.id()), schema, p);
    }

    private ObjectNode unknownLink(Relationship r, String from, String to) {
        Map<String, Set<String>> p = new LinkedHashMap<>();
        put(p, "subject", from);
        put(p, "object", to);
        put(p, "role", role(r));
        interval(p, r);
        return entity(relationshipEntityId(r.id()), "UnknownLink", p);
    }

    private static void interval(Map<String, Set<String>> p, Relationship r) {
        put(p, "startDate", date(r.validFrom()));
        put(p, "endDate", date(r.validTo()));
        put(p, "description", r.note());
    }

    /** The relationship as the role of a link: "part of", "allied with", "related to" for OTHER. */
    static String role(Relationship r) {
        return switch (r.type()) {
            case MEMBER_OF -> "member of";
            case LEADS -> "leader";
            case PART_OF -> "part of";
            case SUCCESSOR_OF -> "successor of";
            case SUPPLIES -> "supplies";
            case FUNDS -> "funds";
            case SANCTIONS -> "sanctions";
            case ALLIED_WITH -> "allied with";
            case OPPOSES -> "opposes";
            case OTHER -> "related to";
        };
    }

    private static String activeSummary(PartialDate from, PartialDate to) {
        String start = date(from);
        String end = date(to);
        if (start == null && end == null) {
            return null;
        }
        if (end == null) {
            return "active from " + start;
        }
        return start == null ? "active until " + end : "active from " + start + " until " + end;
    }

    /** A date as FtM writes it, or {@code null} for none and for years before 1, which its date type cannot hold. */
    private static String date(PartialDate d) {
        return d == null || d.year() < 1 ? null : d.toString();
    }

    private static void put(Map<String, Set<String>> properties, String name, String value) {
        String clean = clean(value);
        if (!clean.isEmpty()) {
            properties.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(clean);
        }
    }

    /** Without control characters (tab and line breaks aside) and lone surrogates, trimmed. */
    private static String clean(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            int width = Character.charCount(cp);
            boolean loneSurrogate = width == 1 && Character.isSurrogate((char) cp);
            if (!loneSurrogate && (!Character.isISOControl(cp) || cp == '\t' || cp == '\n' || cp == '\r')) {
                out.appendCodePoint(cp);
            }
            i += width;
        }
        return out.toString().strip();
    }

    private static ObjectNode entity(String id, String schema, Map<String, Set<String>> properties) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", id);
        node.put("schema", schema);
        ObjectNode props = node.putObject("properties");
        properties.forEach((name, values) -> {
            ArrayNode list = props.putArray(name);
            values.forEach(list::add);
        });
        return node;
    }

    private static void writeLine(Writer writer, ObjectNode entity) throws IOException {
        writer.write(JSON.writeValueAsString(entity));
        writer.write('\n');
    }
}
