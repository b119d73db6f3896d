import type Database from 'better-sqlite3';
import type { QuantityKind } from '../model/doc.js';
import { registerFold } from './fold.js';
import {
  articleFilter,
  checkDates,
  checkLimit,
  entityIdsNamed,
  fold,
  inList,
  mapRows,
  oneOf,
  placeIdsNamed,
  QueryError,
  refuse,
  unitMatches,
  type QueryFilters,
} from './query.js';

/**
 * `claimex query quantities`: every counted, priced or measured value the pipeline normalized, as numbers a program
 * can filter and sort (`--unit troops --min 1000 --sort value`), with the place it is attached to and the speaker of
 * the claim that states it.
 */

export interface QuantityRow {
  id: number;
  value: number | null;
  /** Upper end of a range ("between 10 and 15 people"), else null. */
  valueMax: number | null;
  unit: string | null;
  currency: string | null;
  qualifier: string | null;
  approx: boolean;
  kind: string;
  /** The quantity as written in the article. */
  text: string;
  place: string | null;
  /** Speaker of the first claim that contains the quantity, when one does. */
  speaker: string | null;
  published: string | null;
  article: string;
}

export const QUANTITY_KINDS: readonly QuantityKind[] = ['count', 'money', 'percent', 'measure'];

export const QUANTITY_SORTS = ['published', 'value'] as const;
export type QuantitySort = (typeof QUANTITY_SORTS)[number];

function checkBound(flag: string, value: number | undefined): void {
  if (value !== undefined && !Number.isFinite(value)) throw new QueryError(`${flag} wants a number, not "${value}"`);
}

/** The claims (and their speakers) that contain a quantity: through claim_args, the one link the writer stores. */
const CLAIM_OF = `SELECT ca.claim_id FROM claim_args ca WHERE ca.quantity_id = n.id AND ca.role = 'quantity'`;

/**
 * Quantities under `filters`: newest article first and in text order (default), or by value, largest first
 * (`sort: 'value'`; a range sorts by its lower end). `min`/`max` bound the value (for a range: its lower end ≥ min,
 * its upper end ≤ max). `--type` is the quantity kind (count, money, percent, measure).
 */
export function iterateQuantities(db: Database.Database, filters: QueryFilters = {}): IterableIterator<QuantityRow> {
  registerFold(db);
  refuse('quantities', filters, ['text']);
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  if (filters.unit !== undefined) {
    params.unit = filters.unit;
    // Currencies are ISO codes (USD, EUR) in `unit` as in `currency`.
    where.push(unitMatches('n'));
  }
  if (filters.type !== undefined) {
    params.kind = oneOf(filters.type, QUANTITY_KINDS, 'quantity kind');
    where.push('n.kind = @kind');
  }
  checkBound('--min', filters.min);
  checkBound('--max', filters.max);
  if (filters.min !== undefined && filters.max !== undefined && filters.min > filters.max) {
    throw new QueryError(`--min ${filters.min} is above --max ${filters.max}`);
  }
  if (filters.min !== undefined) {
    params.min = filters.min;
    where.push('n.value >= @min');
  }
  if (filters.max !== undefined) {
    params.max = filters.max;
    where.push('coalesce(n.value_max, n.value) <= @max');
  }
  if (filters.place !== undefined) {
    params.placeIds = JSON.stringify(placeIdsNamed(db, fold(filters.place)));
    // Attached to the place ("troops in Iraq"), or inside a claim about it.
    where.push(`(EXISTS (SELECT 1 FROM mentions pm WHERE pm.id = n.place_mention_id AND pm.entity_id IN ${inList('@placeIds')})
      OR EXISTS (SELECT 1 FROM claim_args pa WHERE pa.claim_id IN (${CLAIM_OF}) AND pa.role = 'place'
                 AND pa.entity_id IN ${inList('@placeIds')}))`);
  }
  if (filters.speaker !== undefined) {
    const needle = fold(filters.speaker);
    params.speakerIds = JSON.stringify(entityIdsNamed(db, needle));
    params.speakerNeedle = needle;
    where.push(`EXISTS (SELECT 1 FROM claims c WHERE c.id IN (${CLAIM_OF})
      AND (c.speaker_entity_id IN ${inList('@speakerIds')}
           OR (c.speaker_entity_id IS NULL AND instr(claimex_fold(c.speaker_text), @speakerNeedle) > 0)))`);
  }
  if (filters.entity !== undefined) {
    params.entityIds = JSON.stringify(entityIdsNamed(db, fold(filters.entity)));
    // Named in the sentence-long claim that states it, or the place it is attached to.
    where.push(`(EXISTS (SELECT 1 FROM mentions em WHERE em.id = n.place_mention_id AND em.entity_id IN ${inList('@entityIds')})
      OR EXISTS (SELECT 1 FROM claims c JOIN mentions m ON m.article_id = c.article_id
                 AND m.span_start >= c.span_start AND m.span_end <= c.span_end
                 WHERE c.id IN (${CLAIM_OF}) AND m.entity_id IN ${inList('@entityIds')}))`);
  }
  const window = checkDates(filters);
  if (window) {
    Object.assign(params, window);
    where.push(`((a.published IS NOT NULL AND substr(a.published, 1, 10) BETWEEN @since AND @until)
      OR EXISTS (SELECT 1 FROM claim_args ta JOIN time_expressions t ON t.id = ta.time_id
                 WHERE ta.claim_id IN (${CLAIM_OF}) AND t.date_to >= @since AND t.date_from <= @until))`);
  }
  articleFilter({ where, params }, 'a', filters.article);
  const sort = filters.sort ?? 'published';
  if (!QUANTITY_SORTS.includes(sort)) throw new QueryError(`--sort wants one of: ${QUANTITY_SORTS.join(', ')}, not "${sort}"`);
  params.limit = checkLimit(filters.limit);
  const order =
    sort === 'value'
      ? 'n.value IS NULL, n.value DESC, a.published DESC, a.id, n.span_start'
      : 'a.published DESC, a.id, n.span_start, n.id';
  const sql = `
    SELECT n.id, n.value, n.value_max AS valueMax, n.unit, n.currency, n.qualifier, n.approx, n.kind, n.text,
           (SELECT e.canonical FROM mentions pm JOIN entities e ON e.id = pm.entity_id WHERE pm.id = n.place_mention_id) AS place,
           (SELECT coalesce(sp.canonical, c.speaker_text) FROM claims c LEFT JOIN entities sp ON sp.id = c.speaker_entity_id
            WHERE c.id IN (${CLAIM_OF}) ORDER BY c.span_start, c.span_end DESC LIMIT 1) AS speaker,
           a.published, a.external_id AS article
    FROM quantities n CROSS JOIN articles a ON a.id = n.article_id
    ${where.length > 0 ? `WHERE ${where.join('\n      AND ')}` : ''}
    ORDER BY ${order}
    LIMIT @limit`;
  const rows = db.prepare<Record<string, string | number>, Omit<QuantityRow, 'approx'> & { approx: number }>(sql).iterate(params);
  return mapRows(rows, (row) => ({ ...row, approx: row.approx === 1 }));
}

export function queryQuantities(db: Database.Database, filters: QueryFilters = {}): QuantityRow[] {
  return [...iterateQuantities(db, filters)];
}
