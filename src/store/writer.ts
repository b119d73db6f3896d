import type Database from 'better-sqlite3';
import type { Doc } from '../model/doc.js';
import { dateRange } from './date-range.js';
import { fold } from './fold.js';

/** A value better-sqlite3 can bind: it refuses undefined and booleans, and NaN would become NULL silently anyway. */
type Bindable = string | number | bigint | null;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The string with each lone surrogate replaced by U+FFFD. SQLite stores UTF-8, where a lone surrogate has no
 * encoding: left alone it comes back as three characters and shifts every offset after it. U+FFFD is one UTF-16
 * unit, like the surrogate it replaces, so all spans stay valid.
 */
export function wellFormed(text: string): string {
  return /[\uD800-\uDFFF]/.test(text) ? text.replace(LONE_SURROGATE, '\uFFFD') : text;
}

const num = (value: number | undefined | null): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const str = (value: string | undefined | null): string | null => (typeof value === 'string' ? wellFormed(value) : null);
const flag = (value: boolean | undefined): number => (value ? 1 : 0);

/** The row id at `index` of a layer's id list: a dangling index (a stage bug) becomes NULL rather than a crash. */
function rowAt(ids: Array<number | null>, index: number | null | undefined): number | null {
  if (index === null || index === undefined || !Number.isInteger(index) || index < 0 || index >= ids.length) return null;
  return ids[index] ?? null;
}

/** A key for an entity whose resolver left none, so that it still merges with itself across articles. */
function entityKey(key: string, canonical: string): string {
  const trimmed = key.trim();
  return trimmed.length > 0 ? trimmed : canonical.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/**
 * The prepared statements that write one Doc; made once per store (preparing is the costly part of a small insert).
 * `write` must run inside the caller's transaction.
 */
export class DocWriter {
  private readonly insertArticle: Database.Statement<Bindable[]>;
  private readonly upsertEntity: Database.Statement<Bindable[], number>;
  private readonly insertAlias: Database.Statement<Bindable[]>;
  private readonly aliasParams: (entityId: number, alias: string) => Bindable[];
  private readonly insertRole: Database.Statement<Bindable[]>;
  private readonly insertArticleEntity: Database.Statement<Bindable[]>;
  private readonly insertMention: Database.Statement<Bindable[]>;
  private readonly insertQuantity: Database.Statement<Bindable[]>;
  private readonly insertTime: Database.Statement<Bindable[]>;
  private readonly insertQuote: Database.Statement<Bindable[]>;
  private readonly insertClaim: Database.Statement<Bindable[]>;
  private readonly insertClaimArg: Database.Statement<Bindable[]>;
  private readonly insertMessage: Database.Statement<Bindable[]>;

  constructor(db: Database.Database) {
    this.insertArticle = db.prepare<Bindable[]>(
      `INSERT INTO articles (external_id, content_hash, source, title, published, raw, text, offset_map, credits, pipeline_version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // The fullest canonical name wins ("Anthony Blinken" over "Blinken"); coordinates, once known, are kept.
    this.upsertEntity = db
      .prepare<Bindable[], number>(
        `INSERT INTO entities (type, canonical, key, country_code, lat, lon) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (type, key) DO UPDATE SET
           canonical = CASE WHEN length(excluded.canonical) > length(entities.canonical) THEN excluded.canonical ELSE entities.canonical END,
           country_code = coalesce(entities.country_code, excluded.country_code),
           lat = coalesce(entities.lat, excluded.lat),
           lon = coalesce(entities.lon, excluded.lon)
         RETURNING id`,
      )
      .pluck();
    // The folded name (migration 004) is what name searches scan. A database still at an older schema (only ever
    // the case in upgrade tests: openStore migrates before writing) gets it from migration 004 instead.
    const withFolded = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('aliases')").all().some((c) => c.name === 'folded');
    this.insertAlias = withFolded
      ? db.prepare<Bindable[]>('INSERT OR IGNORE INTO aliases (entity_id, alias, folded) VALUES (?, ?, ?)')
      : db.prepare<Bindable[]>('INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?, ?)');
    this.aliasParams = withFolded ? (id, alias) => [id, alias, fold(alias)] : (id, alias) => [id, alias];
    this.insertRole = db.prepare<Bindable[]>('INSERT OR IGNORE INTO entity_roles (entity_id, role) VALUES (?, ?)');
    this.insertArticleEntity = db.prepare<Bindable[]>('INSERT INTO article_entities (article_id, ord, entity_id) VALUES (?, ?, ?)');
    this.insertMention = db.prepare<Bindable[]>(
      `INSERT INTO mentions (article_id, ord, entity_id, span_start, span_end, surface, type, kind, source, role, metonymy)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertQuantity = db.prepare<Bindable[]>(
      `INSERT INTO quantities (article_id, ord, span_start, span_end, text, kind, value, value_max, unit, currency, qualifier, approx, place_mention_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertTime = db.prepare<Bindable[]>(
      `INSERT INTO time_expressions (article_id, ord, span_start, span_end, text, value, granularity, relative, date_from, date_to)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertQuote = db.prepare<Bindable[]>(
      `INSERT INTO quotes (article_id, ord, kind, span_start, span_end, text, speaker_start, speaker_end, speaker_text,
                           speaker_entity_id, cue_start, cue_end, cue_text, cue_lemma)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertClaim = db.prepare<Bindable[]>(
      `INSERT INTO claims (article_id, ord, span_start, span_end, speaker_entity_id, speaker_text, predicate, type, object,
                           polarity, modality, quote_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertClaimArg = db.prepare<Bindable[]>(
      'INSERT INTO claim_args (claim_id, role, entity_id, quantity_id, time_id) VALUES (?, ?, ?, ?, ?)',
    );
    this.insertMessage = db.prepare<Bindable[]>(
      'INSERT INTO messages (article_id, stage, severity, text, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?)',
    );
  }

  /** Inserts the article row and every layer; returns the new article row id. */
  write(doc: Doc, hash: string, pipelineVersion: string): number {
    const { article } = doc;
    const articleId = Number(
      this.insertArticle.run(
        wellFormed(article.id),
        hash,
        wellFormed(article.source),
        str(article.title),
        str(article.published),
        wellFormed(article.raw),
        wellFormed(doc.text),
        JSON.stringify(doc.offsets),
        JSON.stringify(doc.credits ?? []),
        pipelineVersion,
      ).lastInsertRowid,
    );

    const entityIds = (doc.entities ?? []).map((entity, ord) => {
      const id = this.upsertEntity.get(
        entity.type,
        wellFormed(entity.canonical),
        wellFormed(entityKey(entity.key ?? '', entity.canonical)),
        str(entity.countryCode),
        num(entity.lat),
        num(entity.lon),
      ) as number;
      this.insertArticleEntity.run(articleId, ord, id);
      // The canonical name is an alias too, so that name searches need only look in one table.
      for (const alias of new Set([entity.canonical, ...(entity.aliases ?? [])])) {
        this.insertAlias.run(...this.aliasParams(id, wellFormed(alias)));
      }
      for (const role of entity.roles ?? []) this.insertRole.run(id, wellFormed(role));
      return id;
    });

    const mentionIds = (doc.mentions ?? []).map((m, ord) =>
      Number(
        this.insertMention.run(
          articleId,
          ord,
          rowAt(entityIds, m.entity),
          m.start,
          m.end,
          wellFormed(m.text),
          m.type,
          m.kind,
          str(m.source),
          str(m.role),
          flag(m.metonymy),
        ).lastInsertRowid,
      ),
    );

    const quantityIds = (doc.quantities ?? []).map((q, ord) =>
      Number(
        this.insertQuantity.run(
          articleId,
          ord,
          q.start,
          q.end,
          wellFormed(q.text),
          q.kind,
          num(q.value),
          num(q.valueMax),
          str(q.unit),
          str(q.currency),
          str(q.qualifier),
          flag(q.approx),
          rowAt(mentionIds, q.place),
        ).lastInsertRowid,
      ),
    );

    const timeIds = (doc.times ?? []).map((t, ord) => {
      const range = dateRange(t.value);
      return Number(
        this.insertTime.run(
          articleId,
          ord,
          t.start,
          t.end,
          wellFormed(t.text),
          t.value,
          t.granularity,
          flag(t.relative),
          range?.from ?? null,
          range?.to ?? null,
        ).lastInsertRowid,
      );
    });

    const quoteIds = (doc.quotes ?? []).map((q, ord) =>
      Number(
        this.insertQuote.run(
          articleId,
          ord,
          q.kind,
          q.start,
          q.end,
          wellFormed(q.text),
          q.speaker?.start ?? null,
          q.speaker?.end ?? null,
          str(q.speaker?.text),
          rowAt(entityIds, q.speaker?.entity),
          q.cue?.start ?? null,
          q.cue?.end ?? null,
          str(q.cue?.text),
          str(q.cue?.lemma),
        ).lastInsertRowid,
      ),
    );

    (doc.claims ?? []).forEach((c, ord) => {
      const claimId = Number(
        this.insertClaim.run(
          articleId,
          ord,
          c.start,
          c.end,
          rowAt(entityIds, c.speaker),
          str(c.speakerText),
          wellFormed(c.predicate),
          c.type,
          wellFormed(c.object),
          c.polarity === 'negative' ? 'negative' : 'positive',
          str(c.modality),
          rowAt(quoteIds, c.quote),
        ).lastInsertRowid,
      );
      // A place or time named twice in one claim is one argument.
      for (const id of new Set((c.places ?? []).map((i) => rowAt(entityIds, i)))) {
        if (id !== null) this.insertClaimArg.run(claimId, 'place', id, null, null);
      }
      for (const id of new Set((c.quantities ?? []).map((i) => rowAt(quantityIds, i)))) {
        if (id !== null) this.insertClaimArg.run(claimId, 'quantity', null, id, null);
      }
      for (const id of new Set((c.times ?? []).map((i) => rowAt(timeIds, i)))) {
        if (id !== null) this.insertClaimArg.run(claimId, 'time', null, null, id);
      }
    });

    for (const m of doc.messages ?? []) {
      this.insertMessage.run(articleId, m.stage, m.severity, wellFormed(m.text), num(m.start), num(m.end));
    }
    return articleId;
  }
}
