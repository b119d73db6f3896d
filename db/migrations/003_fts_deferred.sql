-- Fill the full-text index in batches instead of one row at a time.
--
-- With 002's insert triggers, every article's transaction wrote a new FTS5 segment (plus merges): measured by
-- src/store/bench/fts-bench.ts, saving took about 1.7-2.2x as long as with no index maintenance at all. Now an
-- insert only records the row in fts_pending (a plain b-tree insert); the store copies pending rows into the index
-- every few hundred articles, every few seconds of ingest, and when it closes (SqliteStore.flushSearchIndex).
-- Until then a just-saved claim is in v_claims but not yet found by `query --text`.
--
-- Deletes stay immediate and exact: an external-content FTS5 table must be told the old text of an indexed row,
-- and a row still pending was never indexed, so it is only dropped from the queue (telling FTS5 to delete a row it
-- never indexed would corrupt the index).

CREATE TABLE fts_pending (
  tbl TEXT NOT NULL CHECK (tbl IN ('claims', 'quotes')),
  id  INTEGER NOT NULL,
  PRIMARY KEY (tbl, id)
) WITHOUT ROWID;

DROP TRIGGER claims_fts_insert;
DROP TRIGGER claims_fts_delete;
DROP TRIGGER claims_fts_update;
DROP TRIGGER quotes_fts_insert;
DROP TRIGGER quotes_fts_delete;
DROP TRIGGER quotes_fts_update;

CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
  INSERT INTO fts_pending (tbl, id) VALUES ('claims', new.id);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
  INSERT INTO claims_fts (claims_fts, rowid, object)
    SELECT 'delete', old.id, old.object
    WHERE NOT EXISTS (SELECT 1 FROM fts_pending WHERE tbl = 'claims' AND id = old.id);
  DELETE FROM fts_pending WHERE tbl = 'claims' AND id = old.id;
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF object ON claims
WHEN NOT EXISTS (SELECT 1 FROM fts_pending WHERE tbl = 'claims' AND id = old.id) BEGIN
  INSERT INTO claims_fts (claims_fts, rowid, object) VALUES ('delete', old.id, old.object);
  INSERT INTO claims_fts (rowid, object) VALUES (new.id, new.object);
END;

CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO fts_pending (tbl, id) VALUES ('quotes', new.id);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text)
    SELECT 'delete', old.id, old.text
    WHERE NOT EXISTS (SELECT 1 FROM fts_pending WHERE tbl = 'quotes' AND id = old.id);
  DELETE FROM fts_pending WHERE tbl = 'quotes' AND id = old.id;
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes
WHEN NOT EXISTS (SELECT 1 FROM fts_pending WHERE tbl = 'quotes' AND id = old.id) BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
END;

-- Rows already stored by 002's triggers are indexed; nothing to queue.
