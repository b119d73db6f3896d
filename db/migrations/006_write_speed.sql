-- Indexes no query reads, dropped: each cost an index insert per row saved and answered nothing.
--
-- Found by EXPLAIN QUERY PLAN on every statement the query code runs (claims, quotes, entities and quantities with
-- each filter: speaker, text, place, entity, type, unit, since/until, article), on a 20,000-article database: none of
-- these four appears in any plan (the drivers walk articles_newest, the speaker keys, claim_args or FTS5; --type and
-- the date windows are checked on rows already found), and no foreign key needs them (the columns reference
-- nothing). claims_type and quotes_kind held one entry per claim/quote, time_expressions_dates one per time,
-- articles_published one per article (articles_newest leads with the same column).
-- Saving the 2,000 bench articles through saveMany (batches of 50), CPU per article, paired runs, best of 4:
-- 0.469/0.479/0.467 -> 0.448/0.443/0.459 ms.
DROP INDEX IF EXISTS claims_type;
DROP INDEX IF EXISTS quotes_kind;
DROP INDEX IF EXISTS time_expressions_dates;
DROP INDEX IF EXISTS articles_published;
