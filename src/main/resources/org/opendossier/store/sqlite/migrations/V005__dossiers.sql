-- Dossiers: the investigator's deliverables, each an ordered outline of blocks that name what they show
-- (a claim, an actor, a passage of a source, a figure) by id; the export resolves them when it renders.

CREATE TABLE dossier (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL CHECK (length(trim(title)) > 0),
    subtitle   TEXT NOT NULL DEFAULT '',
    author     TEXT NOT NULL DEFAULT '',
    issued     TEXT,
    summary    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- One row per block, in outline order. Which columns a block uses depends on its kind: a heading its level
-- and text, a note its text, a claim card / actor profile its ref_id, an excerpt its ref_id (the source) and
-- span, a timeline its ref_id (an actor, optional) and tag, a network its ref_id and min_weight.
CREATE TABLE dossier_block (
    dossier_id INTEGER NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('HEADING', 'NOTE', 'CLAIM', 'ACTOR', 'EXCERPT', 'TIMELINE', 'NETWORK')),
    level      INTEGER,
    text       TEXT,
    ref_id     INTEGER,
    span_start INTEGER,
    span_end   INTEGER,
    tag        TEXT,
    min_weight INTEGER,
    PRIMARY KEY (dossier_id, position)
);
