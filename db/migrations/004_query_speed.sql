-- Query speed on large databases (measured with src/store/bench/query-bench.ts on 100,000 articles, 1.16 M claims).
--
-- Names: `--speaker`/`--entity`/`--place` match a folded (case- and accent-free) substring of an entity's names.
-- Folding every alias per query (a JavaScript function call per row) cost tens of milliseconds; the folded form is
-- now stored once, when the alias is written. The writer stores every canonical name as an alias too, so aliases
-- alone answer a name search; the INSERT below makes that hold for any older row. `claimex_fold` is the function
-- the store registers on its connection before migrating (src/store/fold.ts): this file needs claimex to run.
ALTER TABLE aliases ADD COLUMN folded TEXT;
UPDATE aliases SET folded = claimex_fold(alias);
INSERT OR IGNORE INTO aliases (entity_id, alias, folded) SELECT id, canonical, claimex_fold(canonical) FROM entities;
CREATE INDEX aliases_folded ON aliases(folded, entity_id);

-- Speakers the pipeline could not resolve are matched by the text naming them. There are few distinct such texts
-- (officials, a spokesman, ...) but many rows: this index lists the distinct texts by seeking, and finds their rows.
CREATE INDEX claims_unresolved_speaker ON claims(speaker_text) WHERE speaker_entity_id IS NULL;
CREATE INDEX quotes_unresolved_speaker ON quotes(speaker_text) WHERE speaker_entity_id IS NULL;

-- Output order is newest article first, then article row id: walking this index yields claims/quotes already in
-- order, so a query with a broad filter stops after the page it shows instead of sorting every match.
CREATE INDEX articles_newest ON articles(published DESC, id);
