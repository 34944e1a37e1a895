-- The first schema: case identity, sources with their acquisitions, and the change log that the
-- search index replays (DESIGN.md, "Consistency between SQLite and Lucene").
-- Times are ISO-8601 UTC text; enums are stored by name.

CREATE TABLE case_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE source (
    id           INTEGER PRIMARY KEY,
    sha256       TEXT    NOT NULL UNIQUE CHECK (length(sha256) = 64),
    media_type   TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    byline       TEXT,
    outlet       TEXT,
    published_at TEXT,
    url          TEXT,
    language     TEXT,
    text         TEXT    NOT NULL,
    text_sha256  TEXT    NOT NULL CHECK (length(text_sha256) = 64),
    byte_size    INTEGER NOT NULL,
    warnings     TEXT    NOT NULL DEFAULT '[]',
    imported_at  TEXT    NOT NULL
);

CREATE TABLE acquisition (
    id          INTEGER PRIMARY KEY,
    source_id   INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    path        TEXT    NOT NULL,
    file_name   TEXT    NOT NULL,
    part        TEXT,
    imported_at TEXT    NOT NULL,
    url         TEXT
);

CREATE INDEX acquisition_by_source ON acquisition (source_id);

CREATE TABLE change_log (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    entity    TEXT    NOT NULL,
    entity_id INTEGER NOT NULL,
    op        TEXT    NOT NULL CHECK (op IN ('UPSERT', 'DELETE')),
    at        TEXT    NOT NULL
);
