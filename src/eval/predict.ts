/**
 * What the pipeline predicts for one gold document, with every span mapped back to RAW offsets (gold offsets are raw;
 * the cleaned text may differ). The scorer only ever sees this shape, so it can be tested on hand-made predictions.
 */
import type { Doc, MentionKind, QuoteKind } from '../model/doc.js';
import type { Pipeline } from '../model/pipeline.js';
import { extractArticle } from '../extract.js';
import { news } from '../../pipelines/news.js';
import { spanToRaw } from '../text/offset-map.js';
import type { GoldDoc, LayerName } from './gold.js';

export interface PredSpan {
  start: number;
  end: number;
  text: string;
}

export interface PredMention extends PredSpan {
  type: string;
  kind: MentionKind;
  /** Canonical name of the entity it resolves to, or null when unresolved. */
  canonical: string | null;
  /** Which recognizer found it, for error listings. */
  source?: string;
}

export interface PredQuantity extends PredSpan {
  value: number;
  unit: string | null;
}

export interface PredDate extends PredSpan {
  value: string;
}

export interface PredQuote extends PredSpan {
  kind: QuoteKind;
  speaker: (PredSpan & { canonical: string | null }) | null;
}

export interface PredClaim {
  /** Canonical name of the speaker entity, else the speaker as written, else null. */
  speaker: string | null;
  speakerText: string | null;
  type: string;
  predicate: string;
  object: string;
  polarity: 'positive' | 'negative';
}

export interface Prediction {
  mentions: PredMention[];
  quantities: PredQuantity[];
  dates: PredDate[];
  quotes: PredQuote[];
  claims: PredClaim[];
  /** Set when the pipeline failed on this document: the prediction is then empty. */
  error?: string;
}

export function emptyPrediction(error?: string): Prediction {
  return { mentions: [], quantities: [], dates: [], quotes: [], claims: [], ...(error ? { error } : {}) };
}

/** The last stage each gold layer needs: scoring CoNLL entities need not run quotes and claims. */
const LAST_STAGE: Record<LayerName, string> = {
  entities: 'resolve',
  coref: 'resolve',
  quantities: 'quantities',
  dates: 'dates',
  quotes: 'quotes',
  claims: 'claims',
};

/** The pipeline cut after the last stage the given layers need (the whole pipeline when a stage name is unknown). */
export function pipelineFor(layers: LayerName[], pipeline: Pipeline = news): Pipeline {
  let last = -1;
  for (const layer of layers) {
    const i = pipeline.stages.findIndex((s) => s.name === LAST_STAGE[layer]);
    if (i < 0) return pipeline;
    last = Math.max(last, i);
  }
  return { ...pipeline, stages: pipeline.stages.slice(0, last + 1) };
}

export function goldLayers(gold: GoldDoc): LayerName[] {
  const layers: LayerName[] = [];
  if (gold.entities) layers.push('entities');
  if (gold.coref) layers.push('coref');
  if (gold.quantities) layers.push('quantities');
  if (gold.dates) layers.push('dates');
  if (gold.quotes) layers.push('quotes');
  if (gold.claims) layers.push('claims');
  return layers;
}

/** Maps a Doc's layers to raw offsets. */
export function predictionFromDoc(doc: Doc): Prediction {
  const raw = doc.article.raw;
  const toRaw = (s: { start: number; end: number }): PredSpan => {
    const r = spanToRaw(doc.offsets, s);
    return { start: r.start, end: r.end, text: raw.slice(r.start, r.end) };
  };
  const canonicalOf = (entity: number | null | undefined): string | null =>
    entity !== null && entity !== undefined && doc.entities[entity] ? doc.entities[entity].canonical : null;
  return {
    mentions: doc.mentions.map((m) => ({ ...toRaw(m), type: m.type, kind: m.kind, canonical: canonicalOf(m.entity), source: m.source })),
    quantities: doc.quantities.map((q) => ({ ...toRaw(q), value: q.value, unit: q.unit })),
    dates: doc.times.map((t) => ({ ...toRaw(t), value: t.value })),
    quotes: doc.quotes.map((q) => ({
      ...toRaw(q),
      kind: q.kind,
      speaker: q.speaker ? { ...toRaw(q.speaker), canonical: canonicalOf(q.speaker.entity) } : null,
    })),
    claims: doc.claims.map((c) => ({
      speaker: canonicalOf(c.speaker) ?? c.speakerText,
      speakerText: c.speakerText,
      type: c.type,
      predicate: c.predicate,
      object: c.object,
      polarity: c.polarity,
    })),
  };
}

/** Runs the pipeline (cut to what the gold needs) over one gold document. Never throws: a failure is recorded. */
export function predict(gold: GoldDoc, pipeline: Pipeline = news): Prediction {
  try {
    const doc = extractArticle(
      { id: gold.id, source: gold.file, published: gold.published, title: null, raw: gold.text },
      pipelineFor(goldLayers(gold), pipeline),
    );
    return predictionFromDoc(doc);
  } catch (err) {
    return emptyPrediction(err instanceof Error ? err.message : String(err));
  }
}
