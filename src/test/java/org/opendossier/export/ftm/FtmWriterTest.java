package org.opendossier.export.ftm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorKind;
import org.opendossier.model.Alias;
import org.opendossier.model.AliasKind;
import org.opendossier.model.PartialDate;
import org.opendossier.model.Relationship;
import org.opendossier.model.RelationshipType;

class FtmWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    // ---- A slice of the FollowTheMoney model, transcribed from followthemoney/schema/*.yaml ----------------

    private static final Set<String> THING = Set.of(
            "name",
            "alias",
            "previousName",
            "weakAlias",
            "country",
            "summary",
            "notes",
            "description",
            "sourceUrl",
            "publisher",
            "publisherUrl",
            "alephUrl",
            "wikipediaUrl",
            "wikidataId",
            "keywords",
            "topics",
            "address",
            "addressEntity",
            "program",
            "programId",
            "proof",
            "indexText",
            "createdAt",
            "modifiedAt",
            "retrievedAt");
    private static final Set<String> LEGAL_ENTITY = Set.of(
            "email",
            "phone",
            "website",
            "legalForm",
            "incorporationDate",
            "dissolutionDate",
            "taxStatus",
            "status",
            "sector",
            "classification",
            "registrationNumber",
            "idNumber",
            "taxNumber",
            "licenseNumber",
            "vatCode",
            "jurisdiction",
            "mainCountry",
            "opencorporatesUrl",
            "bvdId",
            "uscCode",
            "icijId",
            "okpoCode",
            "innCode",
            "ogrnCode",
            "leiCode",
            "dunsCode",
            "uniqueEntityId",
            "npiCode",
            "swiftBic",
            "parent");
    private static final Set<String> ADDRESS = Set.of(
            "full",
            "remarks",
            "postOfficeBox",
            "street",
            "street2",
            "city",
            "postalCode",
            "region",
            "state",
            "latitude",
            "longitude",
            "country",
            "osmId",
            "googlePlaceId");
    private static final Set<String> INTERVAL = Set.of(
            "startDate",
            "endDate",
            "date",
            "summary",
            "description",
            "recordId",
            "sourceUrl",
            "proof",
            "publisher",
            "publisherUrl",
            "alephUrl",
            "namesMentioned",
            "indexText",
            "modifiedAt",
            "retrievedAt");
    private static final Set<String> INTEREST = Set.of("role", "status");

    /** Schema → every property it has, its parents' included. */
    private static final Map<String, Set<String>> PROPERTIES = Map.of(
            "Person", union(THING, LEGAL_ENTITY),
            "Organization", union(THING, LEGAL_ENTITY),
            "LegalEntity", union(THING, LEGAL_ENTITY),
            "Address", union(THING, ADDRESS),
            "Membership", union(INTERVAL, INTEREST, Set.of("member", "organization")),
            "Directorship", union(INTERVAL, INTEREST, Set.of("director", "organization", "secretary")),
            "Succession", union(INTERVAL, INTEREST, Set.of("predecessor", "successor")),
            "Payment",
                    union(
                            INTERVAL,
                            Set.of(
                                    "sequenceNumber",
                                    "transactionNumber",
                                    "purpose",
                                    "programme",
                                    "payer",
                                    "payerAccount",
                                    "beneficiary",
                                    "beneficiaryAccount",
                                    "amount",
                                    "currency",
                                    "amountUsd",
                                    "amountEur")),
            "UnknownLink", union(INTERVAL, INTEREST, Set.of("subject", "object")));

    /** Schema → its ancestors and itself: what an entity-typed property's range admits. */
    private static final Map<String, Set<String>> IS_A = Map.of(
            "Person", Set.of("Person", "LegalEntity", "Thing"),
            "Organization", Set.of("Organization", "LegalEntity", "Thing"),
            "LegalEntity", Set.of("LegalEntity", "Thing"),
            "Address", Set.of("Address", "Thing"));

    /** "Schema.property" → the schema its value must be (entity-typed properties). */
    private static final Map<String, String> RANGES = Map.ofEntries(
            Map.entry("Membership.member", "LegalEntity"),
            Map.entry("Membership.organization", "Organization"),
            Map.entry("Directorship.director", "LegalEntity"),
            Map.entry("Directorship.organization", "Organization"),
            Map.entry("Succession.predecessor", "LegalEntity"),
            Map.entry("Succession.successor", "LegalEntity"),
            Map.entry("Payment.payer", "LegalEntity"),
            Map.entry("Payment.beneficiary", "LegalEntity"),
            Map.entry("UnknownLink.subject", "Thing"),
            Map.entry("UnknownLink.object", "Thing"));

    private static final Map<String, List<String>> REQUIRED = Map.of(
            "Person", List.of("name"),
            "Organization", List.of("name"),
            "LegalEntity", List.of("name"),
            "Address", List.of("name"),
            "Membership", List.of("member", "organization"),
            "Directorship", List.of("director", "organization"),
            "Succession", List.of("predecessor", "successor"),
            "Payment", List.of("payer", "beneficiary"),
            "UnknownLink", List.of("subject", "object"));

    private static final Set<String> DATES = Set.of("startDate", "endDate", "incorporationDate", "dissolutionDate");
    /** FtM's entity id pattern (followthemoney/types/entity.py). */
    private static final Pattern ENTITY_ID = Pattern.compile("^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$");

    private static final Pattern DATE = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?$");

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> out = new HashSet<>();
        for (Set<String> s : sets) {
            out.addAll(s);
        }
        return Set.copyOf(out);
    }

    // ---- The case ------------------------------------------------------------------------------------------

    private static Actor actor(
            long id, ActorKind kind, String name, String notes, PartialDate from, PartialDate to, Alias... aliases) {
        return new Actor(id, kind, name, notes, from, to, List.of(aliases));
    }

    private static final List<Actor> ACTORS = List.of(
            actor(
                    1,
                    ActorKind.PERSON,
                    "Amal Haddad",
                    "Harbour pilot.\nSpoke to two reporters.",
                    PartialDate.parse("2019-03"),
                    null,
                    new Alias(11, 1, "A. Haddad", AliasKind.ALIAS),
                    new Alias(12, 1, "أمل حداد", AliasKind.TRANSLITERATION),
                    new Alias(13, 1, "Amal Hadad", AliasKind.MISSPELLING)),
            actor(
                    2,
                    ActorKind.ORGANISATION,
                    "Ostrel Port Authority",
                    "",
                    PartialDate.parse("1987"),
                    PartialDate.parse("2023-06-30"),
                    new Alias(21, 2, "OPA", AliasKind.ABBREVIATION),
                    new Alias(22, 2, "Ostrel Harbour Board", AliasKind.FORMER_NAME)),
            actor(3, ActorKind.PLACE, "Ostrel estuary", "", null, null),
            actor(4, ActorKind.OTHER, "Project Nightfall", "", null, null),
            actor(5, ActorKind.ORGANISATION, "Greyline Haulage", "", null, null),
            actor(6, ActorKind.PERSON, "Boris\u0007 Lutz ", "", null, null));

    private static Relationship rel(
            long id, long from, RelationshipType type, long to, String validFrom, String validTo, String note) {
        return new Relationship(
                id, from, type, to, PartialDate.parseOrNull(validFrom), PartialDate.parseOrNull(validTo), note, null);
    }

    private static final List<Relationship> RELATIONSHIPS = List.of(
            rel(101, 1, RelationshipType.MEMBER_OF, 2, "2020-01", "2022", "pilots' roster"),
            rel(102, 6, RelationshipType.LEADS, 5, null, null, ""),
            rel(103, 5, RelationshipType.SUCCESSOR_OF, 4, "2021-09-01", null, ""),
            rel(104, 2, RelationshipType.FUNDS, 5, null, null, ""),
            rel(105, 5, RelationshipType.SUPPLIES, 2, null, null, ""),
            rel(106, 1, RelationshipType.MEMBER_OF, 3, null, null, "a place has no members"),
            rel(107, 2, RelationshipType.PART_OF, 3, null, null, ""),
            rel(108, 1, RelationshipType.ALLIED_WITH, 6, null, null, ""),
            rel(109, 1, RelationshipType.OTHER, 99, null, null, "actor 99 was deleted"),
            rel(110, 2, RelationshipType.SANCTIONS, 5, null, null, ""),
            rel(111, 4, RelationshipType.FUNDS, 3, null, null, ""),
            rel(112, 5, RelationshipType.PART_OF, 2, null, null, ""),
            rel(113, 4, RelationshipType.OPPOSES, 1, "0000", null, "year 0 is no FtM date"),
            rel(114, 3, RelationshipType.OTHER, 4, null, null, ""));

    private record Export(byte[] bytes, FtmWriter.Written written) {}

    private static Export export(String caseId) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FtmWriter.Written written = new FtmWriter(caseId).write(ACTORS, RELATIONSHIPS, out);
        return new Export(out.toByteArray(), written);
    }

    /** Every line parsed back, keyed by id, in the order written. */
    private static Map<String, JsonNode> entities(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n");
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
            JsonNode entity = JSON.readTree(line);
            assertThat(out.put(entity.get("id").asText(), entity))
                    .as("repeated id")
                    .isNull();
        }
        return out;
    }

    private static List<String> values(JsonNode entity, String property) {
        List<String> out = new ArrayList<>();
        JsonNode list = entity.get("properties").get(property);
        if (list != null) {
            list.forEach(v -> out.add(v.asText()));
        }
        return out;
    }

    // ---- Tests ---------------------------------------------------------------------------------------------

    @Test
    void everyLineIsAnEntityThatTheFtmModelAccepts() throws IOException {
        Map<String, JsonNode> entities = entities(export("ostrel").bytes());

        Map<String, String> schemaOf = new HashMap<>();
        entities.forEach((id, e) -> schemaOf.put(id, e.get("schema").asText()));
        for (JsonNode e : entities.values()) {
            String id = e.get("id").asText();
            String schema = e.get("schema").asText();
            assertThat(e.properties()).extracting(Map.Entry::getKey).containsExactly("id", "schema", "properties");
            assertThat(id).matches(ENTITY_ID);
            assertThat(PROPERTIES).as("schema of %s", id).containsKey(schema);
            for (String required : REQUIRED.get(schema)) {
                assertThat(values(e, required))
                        .as("%s %s needs %s", schema, id, required)
                        .isNotEmpty();
            }
            for (var property : e.get("properties").properties()) {
                String name = property.getKey();
                assertThat(PROPERTIES.get(schema))
                        .as("%s has no property %s", schema, name)
                        .contains(name);
                assertThat(property.getValue().isArray()).isTrue();
                assertThat(property.getValue()).isNotEmpty().allMatch(JsonNode::isTextual);
                for (JsonNode v : property.getValue()) {
                    assertThat(v.asText()).isNotBlank().isEqualTo(v.asText().strip());
                    assertThat(v.asText().codePoints()).noneMatch(c -> Character.isISOControl(c) && c != '\n');
                    if (DATES.contains(name)) {
                        assertThat(v.asText()).matches(DATE);
                    }
                    String range = RANGES.get(schema + "." + name);
                    if (range != null) {
                        String target = schemaOf.get(v.asText());
                        assertThat(target)
                                .as("%s.%s points at %s, which is not in the export", schema, name, v)
                                .isNotNull();
                        assertThat(IS_A.get(target))
                                .as("%s.%s needs a %s", schema, name, range)
                                .contains(range);
                    }
                }
            }
        }
    }

    @Test
    void actorsBecomePeopleOrganisationsAddressesAndLegalEntitiesWithTheirNames() throws IOException {
        Map<String, JsonNode> e = entities(export("ostrel").bytes());

        JsonNode amal = e.get("od-ostrel-actor-1");
        assertThat(amal.get("schema").asText()).isEqualTo("Person");
        assertThat(values(amal, "name")).containsExactly("Amal Haddad");
        assertThat(values(amal, "alias")).containsExactly("A. Haddad", "أمل حداد");
        assertThat(values(amal, "weakAlias")).containsExactly("Amal Hadad");
        assertThat(values(amal, "notes")).containsExactly("Harbour pilot.\nSpoke to two reporters.");
        assertThat(values(amal, "summary")).containsExactly("active from 2019-03");
        assertThat(values(amal, "incorporationDate")).isEmpty();

        JsonNode port = e.get("od-ostrel-actor-2");
        assertThat(port.get("schema").asText()).isEqualTo("Organization");
        assertThat(values(port, "previousName")).containsExactly("Ostrel Harbour Board");
        assertThat(values(port, "weakAlias")).containsExactly("OPA");
        assertThat(values(port, "incorporationDate")).containsExactly("1987");
        assertThat(values(port, "dissolutionDate")).containsExactly("2023-06-30");
        assertThat(values(port, "summary")).containsExactly("active from 1987 until 2023-06-30");

        JsonNode estuary = e.get("od-ostrel-actor-3");
        assertThat(estuary.get("schema").asText()).isEqualTo("Address");
        assertThat(values(estuary, "full")).containsExactly("Ostrel estuary");
        assertThat(e.get("od-ostrel-actor-4").get("schema").asText()).isEqualTo("LegalEntity");
        assertThat(values(e.get("od-ostrel-actor-6"), "name")).containsExactly("Boris Lutz");
    }

    @Test
    void relationshipsUseTheFtmLinkThatFitsOrAnUnknownLinkWithTheirRole() throws IOException {
        Export export = export("ostrel");
        Map<String, JsonNode> e = entities(export.bytes());

        Map<Long, String> schemaByRelationship = new LinkedHashMap<>();
        Map<Long, String> roleByRelationship = new LinkedHashMap<>();
        for (Relationship r : RELATIONSHIPS) {
            JsonNode link = e.get("od-ostrel-rel-" + r.id());
            if (link != null) {
                schemaByRelationship.put(r.id(), link.get("schema").asText());
                roleByRelationship.put(
                        r.id(), String.join("|", values(link, "role")) + String.join("|", values(link, "purpose")));
            }
        }
        assertThat(schemaByRelationship)
                .containsExactly(
                        Map.entry(101L, "Membership"),
                        Map.entry(102L, "Directorship"),
                        Map.entry(103L, "Succession"),
                        Map.entry(104L, "Payment"),
                        Map.entry(105L, "UnknownLink"),
                        Map.entry(106L, "UnknownLink"),
                        Map.entry(107L, "UnknownLink"),
                        Map.entry(108L, "UnknownLink"),
                        Map.entry(110L, "UnknownLink"),
                        Map.entry(111L, "UnknownLink"),
                        Map.entry(112L, "Membership"),
                        Map.entry(113L, "UnknownLink"),
                        Map.entry(114L, "UnknownLink"));
        assertThat(roleByRelationship)
                .containsEntry(101L, "")
                .containsEntry(102L, "leader")
                .containsEntry(104L, "funding")
                .containsEntry(105L, "supplies")
                .containsEntry(106L, "member of")
                .containsEntry(107L, "part of")
                .containsEntry(108L, "allied with")
                .containsEntry(110L, "sanctions")
                .containsEntry(111L, "funds")
                .containsEntry(112L, "part of")
                .containsEntry(113L, "opposes")
                .containsEntry(114L, "related to");

        JsonNode membership = e.get("od-ostrel-rel-101");
        assertThat(values(membership, "member")).containsExactly("od-ostrel-actor-1");
        assertThat(values(membership, "organization")).containsExactly("od-ostrel-actor-2");
        assertThat(values(membership, "startDate")).containsExactly("2020-01");
        assertThat(values(membership, "endDate")).containsExactly("2022");
        assertThat(values(membership, "description")).containsExactly("pilots' roster");
        JsonNode succession = e.get("od-ostrel-rel-103");
        assertThat(values(succession, "predecessor")).containsExactly("od-ostrel-actor-4");
        assertThat(values(succession, "successor")).containsExactly("od-ostrel-actor-5");
        assertThat(values(e.get("od-ostrel-rel-113"), "startDate")).isEmpty();

        assertThat(e).doesNotContainKey("od-ostrel-rel-109");
        assertThat(export.written()).isEqualTo(new FtmWriter.Written(6, 13, 1));
        assertThat(e).hasSize(6 + 13);
    }

    @Test
    void idsAreStableForACaseAndMadeOfWhatFtmAllows() throws IOException {
        assertThat(new FtmWriter("Ostrel dumping (2024)").actorEntityId(5)).isEqualTo("od-Ostrel-dumping-2024-actor-5");
        assertThat(new FtmWriter("  .case.  ").relationshipEntityId(9)).isEqualTo("od-case-rel-9");
        String cyrillic = new FtmWriter("Дело").actorEntityId(1);
        assertThat(cyrillic).matches(ENTITY_ID).isEqualTo(new FtmWriter("Дело").actorEntityId(1));
        assertThat(cyrillic).isNotEqualTo(new FtmWriter("Досье").actorEntityId(1));
        assertThat(export("ostrel").bytes()).isEqualTo(export("ostrel").bytes());
        assertThatThrownBy(() -> new FtmWriter(" ")).hasMessageContaining("case's id");
    }
}
