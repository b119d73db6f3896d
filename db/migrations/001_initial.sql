-- claimex schema, version 1.
--
-- Offsets: every *_start / *_end column is a half-open offset into articles.text counted in UTF-16 code units
-- (JavaScript string indices), exactly as in the Doc model. SQLite's substr() counts characters (code points), so
-- `substr(text, span_start + 1, span_end - span_start)` equals the surface only while no character outside the
-- Basic Multilingual Plane (emoji, some CJK) precedes the span; the `surface`/`text` columns always hold the exact
-- surface, use them when in doubt.
--
-- Deleting an article removes every row derived from it (ON DELETE CASCADE). Entities are shared across articles
-- (UNIQUE(type, key)); the store deletes an entity when the last article referring to it goes away.

CREATE TABLE articles (
  id               INTEGER PRIMARY KEY,
  external_id      TEXT NOT NULL UNIQUE,           -- Article.id: JSONL id or path relative to the ingest root
  content_hash     TEXT NOT NULL UNIQUE,           -- sha256 hex of Article.raw
  source           TEXT NOT NULL,
  title            TEXT,
  published        TEXT,                           -- YYYY-MM-DD
  raw              TEXT NOT NULL,                  -- the text exactly as read
  text             TEXT NOT NULL,                  -- Doc.text (cleaned): every span points into it
  offset_map       TEXT NOT NULL,                  -- JSON OffsetMap: text offsets back to raw
  credits          TEXT NOT NULL DEFAULT '[]',     -- JSON Credit[] set aside by clean
  pipeline_version TEXT NOT NULL,
  ingested_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE entities (
  id           INTEGER PRIMARY KEY,
  type         TEXT NOT NULL CHECK (type IN ('PERSON', 'PLACE', 'ORG')),
  canonical    TEXT NOT NULL,
  key          TEXT NOT NULL,                      -- normalization key, unique per type across articles
  country_code TEXT,                               -- ISO 3166-1 alpha-2
  lat          REAL,
  lon          REAL,
  UNIQUE (type, key)
);
CREATE INDEX entities_canonical ON entities(canonical COLLATE NOCASE);

CREATE TABLE aliases (
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  alias     TEXT NOT NULL,
  UNIQUE (entity_id, alias)
);
CREATE INDEX aliases_alias ON aliases(alias COLLATE NOCASE);

-- Role titles seen with an entity ("Secretary of State").
CREATE TABLE entity_roles (
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  role      TEXT NOT NULL,
  UNIQUE (entity_id, role)
);

-- Which entities an article refers to; ord is the index in Doc.entities. Lets the store find entities left
-- without any article after a delete, and answers "entities of article X" without scanning mentions.
CREATE TABLE article_entities (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord        INTEGER NOT NULL,
  entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  PRIMARY KEY (article_id, ord)
) WITHOUT ROWID;
CREATE INDEX article_entities_entity ON article_entities(entity_id);

CREATE TABLE mentions (
  id         INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord        INTEGER NOT NULL,                     -- index in Doc.mentions
  entity_id  INTEGER REFERENCES entities(id) ON DELETE SET NULL,
  span_start INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  surface    TEXT NOT NULL,
  type       TEXT NOT NULL,
  kind       TEXT NOT NULL,                        -- name | nominal | pronoun | demonym
  source     TEXT,                                 -- which recognizer found it
  role       TEXT,
  metonymy   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX mentions_article ON mentions(article_id, span_start);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE quantities (
  id               INTEGER PRIMARY KEY,
  article_id       INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord              INTEGER NOT NULL,
  span_start       INTEGER NOT NULL,
  span_end         INTEGER NOT NULL,
  text             TEXT NOT NULL,
  kind             TEXT NOT NULL,                  -- count | money | percent | measure
  value            REAL,
  value_max        REAL,
  unit             TEXT,
  currency         TEXT,
  qualifier        TEXT,
  approx           INTEGER NOT NULL DEFAULT 0,
  place_mention_id INTEGER REFERENCES mentions(id) ON DELETE SET NULL
);
CREATE INDEX quantities_article ON quantities(article_id);
CREATE INDEX quantities_unit ON quantities(unit COLLATE NOCASE);

CREATE TABLE time_expressions (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord         INTEGER NOT NULL,
  span_start  INTEGER NOT NULL,
  span_end    INTEGER NOT NULL,
  text        TEXT NOT NULL,
  value       TEXT NOT NULL,                       -- ISO as extracted: 2024-12-08, 2025-09, 2014, a/b, P5Y
  granularity TEXT NOT NULL,
  relative    INTEGER NOT NULL DEFAULT 0,
  date_from   TEXT,                                -- first day the value covers (YYYY-MM-DD), null for durations
  date_to     TEXT                                 -- last day it covers
);
CREATE INDEX time_expressions_article ON time_expressions(article_id);
CREATE INDEX time_expressions_dates ON time_expressions(date_from, date_to);

CREATE TABLE quotes (
  id                INTEGER PRIMARY KEY,
  article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord               INTEGER NOT NULL,
  kind              TEXT NOT NULL,                 -- direct | mixed | indirect | term
  span_start        INTEGER NOT NULL,
  span_end          INTEGER NOT NULL,
  text              TEXT NOT NULL,
  speaker_start     INTEGER,
  speaker_end       INTEGER,
  speaker_text      TEXT,
  speaker_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
  cue_start         INTEGER,
  cue_end           INTEGER,
  cue_text          TEXT,
  cue_lemma         TEXT
);
CREATE INDEX quotes_article ON quotes(article_id, span_start);
CREATE INDEX quotes_speaker ON quotes(speaker_entity_id);
CREATE INDEX quotes_kind ON quotes(kind);

CREATE TABLE claims (
  id                INTEGER PRIMARY KEY,
  article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord               INTEGER NOT NULL,
  span_start        INTEGER NOT NULL,
  span_end          INTEGER NOT NULL,
  speaker_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
  speaker_text      TEXT,
  predicate         TEXT NOT NULL,
  type              TEXT NOT NULL,
  object            TEXT NOT NULL,
  polarity          TEXT NOT NULL CHECK (polarity IN ('positive', 'negative')),
  modality          TEXT,
  quote_id          INTEGER REFERENCES quotes(id) ON DELETE SET NULL
);
CREATE INDEX claims_article ON claims(article_id, span_start);
CREATE INDEX claims_speaker ON claims(speaker_entity_id);
CREATE INDEX claims_type ON claims(type);

-- The places, quantities and times inside a claim: exactly one target column is set, matching the role.
CREATE TABLE claim_args (
  claim_id    INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  role        TEXT NOT NULL CHECK (role IN ('place', 'quantity', 'time')),
  entity_id   INTEGER REFERENCES entities(id) ON DELETE CASCADE,
  quantity_id INTEGER REFERENCES quantities(id) ON DELETE CASCADE,
  time_id     INTEGER REFERENCES time_expressions(id) ON DELETE CASCADE,
  CHECK ((role = 'place') = (entity_id IS NOT NULL)
     AND (role = 'quantity') = (quantity_id IS NOT NULL)
     AND (role = 'time') = (time_id IS NOT NULL))
);
CREATE INDEX claim_args_claim ON claim_args(claim_id);
CREATE INDEX claim_args_entity ON claim_args(entity_id);
CREATE INDEX claim_args_quantity ON claim_args(quantity_id);
CREATE INDEX claim_args_time ON claim_args(time_id);

-- Problems found while processing an article (Doc.messages).
CREATE TABLE messages (
  id         INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  stage      TEXT NOT NULL,
  severity   TEXT NOT NULL,
  text       TEXT NOT NULL,
  span_start INTEGER,
  span_end   INTEGER
);
CREATE INDEX messages_article ON messages(article_id);

-- Readable views for any SQLite browser.
CREATE VIEW v_claims AS
SELECT
  c.id,
  coalesce(sp.canonical, c.speaker_text) AS speaker,
  c.type,
  c.predicate,
  c.object,
  c.polarity,
  c.modality,
  a.published,
  a.external_id AS article,
  a.title,
  (SELECT group_concat(canonical, '; ') FROM (
     SELECT DISTINCT e.canonical FROM claim_args ca JOIN entities e ON e.id = ca.entity_id
     WHERE ca.claim_id = c.id AND ca.role = 'place' ORDER BY e.canonical)) AS places,
  (SELECT group_concat(t.value, '; ') FROM claim_args ca JOIN time_expressions t ON t.id = ca.time_id
     WHERE ca.claim_id = c.id) AS times,
  (SELECT group_concat(q.text, '; ') FROM claim_args ca JOIN quantities q ON q.id = ca.quantity_id
     WHERE ca.claim_id = c.id) AS quantities,
  c.speaker_entity_id,
  c.speaker_text,
  c.article_id,
  c.span_start,
  c.span_end
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN entities sp ON sp.id = c.speaker_entity_id;

CREATE VIEW v_quotes AS
SELECT
  q.id,
  coalesce(sp.canonical, q.speaker_text) AS speaker,
  q.kind,
  q.cue_lemma AS cue,
  q.text,
  a.published,
  a.external_id AS article,
  a.title,
  q.speaker_entity_id,
  q.speaker_text,
  q.article_id,
  q.span_start,
  q.span_end
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN entities sp ON sp.id = q.speaker_entity_id;
