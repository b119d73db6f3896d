-- Full-text search over claim objects and quote texts (`claimex query --text WORDS`).
--
-- External-content FTS5 tables: the text lives once, in claims/quotes; the index is kept in sync by triggers.
-- (003 replaces the insert triggers by a queue filled into the index in batches: see there for the numbers.)
-- porter stemming so that "secure" finds "security"; remove_diacritics so "Sudani" finds "Sūdānī".

CREATE VIRTUAL TABLE claims_fts USING fts5(
  object,
  content = 'claims',
  content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
  INSERT INTO claims_fts(rowid, object) VALUES (new.id, new.object);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, object) VALUES ('delete', old.id, old.object);
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF object ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, object) VALUES ('delete', old.id, old.object);
  INSERT INTO claims_fts(rowid, object) VALUES (new.id, new.object);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(
  text,
  content = 'quotes',
  content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
