-- Sort keys straight from the speaker indexes (measured with src/store/bench/query-bench.ts, 100,000 articles).
--
-- A broad speaker ("Moore": 27,000 of 1.16 M claims) listed its candidate claims by id and read each row before
-- sorting them for a page of 50: ~60 ms of row reads. These indexes hold what the sort and the type/kind filter
-- need (article, position in it, type), so the candidates are ranked from the index alone and only the page's
-- rows are read. (The partial indexes hold speaker_entity_id, always null there, so that SQLite counts them as
-- covering: it checks every column the query names, the one in the index's WHERE too.) They replace the plain
-- speaker indexes (the leading column still serves the foreign key).
-- Each candidate's article date, without reading the article row (its local part fills most of a page).
CREATE INDEX articles_dates ON articles(id, published);
CREATE INDEX claims_speaker_keys ON claims(speaker_entity_id, article_id, span_start, type);
CREATE INDEX claims_unresolved_keys ON claims(speaker_text, article_id, span_start, type, speaker_entity_id) WHERE speaker_entity_id IS NULL;
CREATE INDEX quotes_speaker_keys ON quotes(speaker_entity_id, article_id, span_start, kind);
CREATE INDEX quotes_unresolved_keys ON quotes(speaker_text, article_id, span_start, kind, speaker_entity_id) WHERE speaker_entity_id IS NULL;
DROP INDEX claims_speaker;
DROP INDEX claims_unresolved_speaker;
DROP INDEX quotes_speaker;
DROP INDEX quotes_unresolved_speaker;
