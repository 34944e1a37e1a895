-- Claims in the investigator's words, the evidence that ties each to a quoted passage of a source, and
-- relations between claims. A quote is held the W3C Web Annotation way (exact text with 32 characters of
-- context, offsets, and the hash of the text it was anchored on) so it can be placed again when a
-- source's text changes; a quote that cannot be placed is kept as an orphan, never dropped.

CREATE TABLE claim (
    id         INTEGER PRIMARY KEY,
    statement  TEXT NOT NULL CHECK (length(trim(statement)) > 0),
    status     TEXT NOT NULL
        CHECK (status IN ('UNVERIFIED', 'CORROBORATED', 'DISPUTED', 'REFUTED', 'RETRACTED')),
    event_date TEXT,
    notes      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Who asserts a claim (CLAIMANT) and whom it is about (SUBJECT), in the order the person gave them.
CREATE TABLE claim_actor (
    claim_id INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    role     TEXT    NOT NULL CHECK (role IN ('CLAIMANT', 'SUBJECT')),
    actor_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (claim_id, role, actor_id)
);

CREATE INDEX claim_actor_by_actor ON claim_actor (actor_id);

CREATE TABLE claim_tag (
    claim_id INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    tag      TEXT    NOT NULL CHECK (length(trim(tag)) > 0),
    position INTEGER NOT NULL,
    PRIMARY KEY (claim_id, tag)
);

-- A source with evidence cannot be deleted from under it (no ON DELETE action on source_id).
CREATE TABLE evidence (
    id           INTEGER PRIMARY KEY,
    claim_id     INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    source_id    INTEGER NOT NULL REFERENCES source (id),
    stance       TEXT    NOT NULL CHECK (stance IN ('SUPPORTS', 'DISPUTES', 'DENIES', 'REPORTS', 'MENTIONS')),
    speaker_id   INTEGER REFERENCES actor (id) ON DELETE SET NULL,
    note         TEXT    NOT NULL DEFAULT '',
    exact        TEXT    NOT NULL CHECK (length(exact) > 0),
    prefix       TEXT    NOT NULL DEFAULT '',
    suffix       TEXT    NOT NULL DEFAULT '',
    start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset   INTEGER NOT NULL CHECK (end_offset > start_offset),
    text_sha256  TEXT    NOT NULL,
    anchor_state TEXT    NOT NULL CHECK (anchor_state IN ('ANCHORED', 'REANCHORED', 'ORPHANED'))
);

CREATE INDEX evidence_by_claim ON evidence (claim_id);
CREATE INDEX evidence_by_source ON evidence (source_id);

CREATE TABLE claim_relation (
    id         INTEGER PRIMARY KEY,
    from_claim INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    type       TEXT    NOT NULL CHECK (type IN ('DENIES', 'CONTRADICTS', 'SUPPORTS', 'UPDATES')),
    to_claim   INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    CHECK (from_claim <> to_claim),
    UNIQUE (from_claim, type, to_claim)
);

CREATE INDEX claim_relation_by_to ON claim_relation (to_claim);
