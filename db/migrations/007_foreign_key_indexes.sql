-- Every foreign key's child column gets an index. Two had none: when a quote or a mention is deleted (an article
-- replaced by --reprocess, or deleted), SQLite's ON DELETE SET NULL looks for the claims citing that quote and the
-- quantities placed at that mention, and without an index it reads the whole claims / quantities table once per
-- deleted row. On a 100,000-article database, deleting one article took 2.4-3.5 s (5 random articles); with these
-- two indexes, a few milliseconds. Partial: most rows hold NULL there, and `col = ?` implies `col IS NOT NULL`, so
-- the foreign key lookups still use them.
CREATE INDEX IF NOT EXISTS claims_quote ON claims(quote_id) WHERE quote_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS quantities_place_mention ON quantities(place_mention_id) WHERE place_mention_id IS NOT NULL;
