-- Actors with their aliases, their mentions in sources, the relationships between them, and the
-- suggestions a person rejected (remembered by folded name so they are not proposed again).

CREATE TABLE actor (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL CHECK (kind IN ('PERSON', 'ORGANISATION', 'PLACE', 'OTHER')),
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    notes       TEXT    NOT NULL DEFAULT '',
    active_from TEXT,
    active_to   TEXT,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

CREATE TABLE alias (
    id       INTEGER PRIMARY KEY,
    actor_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    name     TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    kind     TEXT    NOT NULL
        CHECK (kind IN ('ALIAS', 'ABBREVIATION', 'FORMER_NAME', 'TRANSLITERATION', 'MISSPELLING')),
    UNIQUE (actor_id, name)
);

CREATE TABLE mention (
    id           INTEGER PRIMARY KEY,
    source_id    INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    actor_id     INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset   INTEGER NOT NULL CHECK (end_offset > start_offset),
    alias        TEXT    NOT NULL,
    origin       TEXT    NOT NULL CHECK (origin IN ('MATCHED', 'TAGGED')),
    review       TEXT    NOT NULL DEFAULT 'UNREVIEWED' CHECK (review IN ('UNREVIEWED', 'CONFIRMED', 'REJECTED')),
    UNIQUE (source_id, actor_id, start_offset, end_offset)
);

CREATE INDEX mention_by_actor ON mention (actor_id, source_id);

CREATE TABLE relationship (
    id              INTEGER PRIMARY KEY,
    from_actor      INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    type            TEXT    NOT NULL CHECK (type IN ('MEMBER_OF', 'LEADS', 'PART_OF', 'SUCCESSOR_OF', 'SUPPLIES',
                                                     'FUNDS', 'SANCTIONS', 'ALLIED_WITH', 'OPPOSES', 'OTHER')),
    to_actor        INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    valid_from      TEXT,
    valid_to        TEXT,
    note            TEXT    NOT NULL DEFAULT '',
    evidence_source INTEGER REFERENCES source (id) ON DELETE SET NULL,
    evidence_start  INTEGER,
    evidence_end    INTEGER,
    CHECK (from_actor <> to_actor)
);

CREATE INDEX relationship_by_from ON relationship (from_actor);
CREATE INDEX relationship_by_to ON relationship (to_actor);

CREATE TABLE rejected_suggestion (
    name_key    TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    rejected_at TEXT NOT NULL
);
