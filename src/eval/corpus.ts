/**
 * The bundled corpus: `corpus/articles/YYYY-MM-DD-slug.txt` (the article as a user would have it),
 * `corpus/annotations/YYYY-MM-DD-slug.ann` (hand-written annotations by surface) and `corpus/gold/YYYY-MM-DD-slug.json`
 * (the gold compiled from them by `scripts/build-gold.ts`, in the format `claimex eval` reads).
 * `corpus/heldout/` has the same layout: a split nobody tunes the stages on, so its scores measure generalization.
 * `corpus/blind/` too: a second held-out split whose errors nobody looks at, only its scores are reported.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { projectPath } from '../paths.js';
import { compileAnnotations, type CompiledGold } from './annotation-source.js';

export const CORPUS_DIR = projectPath('corpus');
/** The held-out split: written in the same style; stages are never tuned on it (its errors are reported, not fixed). */
export const HELDOUT_DIR = join(CORPUS_DIR, 'heldout');
/**
 * The blind split: written like the others after the held-out split's errors had been described to developers, so
 * that one split stays unseen. Nobody lists or reads its errors, not even to report them: only its scores are shown.
 */
export const BLIND_DIR = join(CORPUS_DIR, 'blind');

export interface CorpusSplit {
  /** Its gold set's name in `npm run eval` and eval-floors.json. */
  name: string;
  dir: string;
}

/** Every bundled split, in order: build-gold, the corpus test and the floors (GOLD_SETS) all read them from here. */
export const CORPUS_SPLITS: readonly CorpusSplit[] = [
  { name: 'corpus', dir: CORPUS_DIR },
  { name: 'corpus-heldout', dir: HELDOUT_DIR },
  { name: 'corpus-blind', dir: BLIND_DIR },
];

export interface CorpusEntry {
  /** File stem: `2024-12-13-blinken-baghdad`. */
  name: string;
  published: string | null;
  articlePath: string;
  annotationPath: string;
  goldPath: string;
}

/** The publication date a file name starts with (`2024-12-13-...`), as ingest reads it. */
export function publishedFromName(name: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})-/.exec(basename(name));
  return m ? m[1] : null;
}

export function corpusEntries(dir = CORPUS_DIR): CorpusEntry[] {
  const articles = join(dir, 'articles');
  if (!existsSync(articles)) return [];
  return readdirSync(articles)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.txt'.length);
      return {
        name,
        published: publishedFromName(name),
        articlePath: join(articles, f),
        annotationPath: join(dir, 'annotations', `${name}.ann`),
        goldPath: join(dir, 'gold', `${name}.json`),
      };
    });
}

/** Every bundled entry: the tuned split, the held-out one, then the blind one (build-gold and the corpus test cover all). */
export function allCorpusEntries(): CorpusEntry[] {
  return CORPUS_SPLITS.flatMap((split) => corpusEntries(split.dir));
}

/** Compiles one entry's annotations against its article (throws AnnotationError on a surface not found). */
export function compileEntry(entry: CorpusEntry): CompiledGold {
  const text = readFileSync(entry.articlePath, 'utf8');
  const source = readFileSync(entry.annotationPath, 'utf8');
  return compileAnnotations(entry.name, text, entry.published, source, basename(entry.annotationPath));
}

/** The gold file's content: stable, one span per line, so a diff shows what an annotation change did. */
export function serializeGold(gold: CompiledGold): string {
  const layer = (items: unknown[]): string => (items.length === 0 ? '[]' : '[\n' + items.map((x) => '    ' + JSON.stringify(x)).join(',\n') + '\n  ]');
  return [
    '{',
    `  "id": ${JSON.stringify(gold.id)},`,
    `  "published": ${JSON.stringify(gold.published)},`,
    `  "text": ${JSON.stringify(gold.text)},`,
    `  "entities": ${layer(gold.entities)},`,
    `  "coref": ${layer(gold.coref)},`,
    `  "quantities": ${layer(gold.quantities)},`,
    `  "dates": ${layer(gold.dates)},`,
    `  "quotes": ${layer(gold.quotes)},`,
    `  "claims": ${layer(gold.claims)}`,
    '}',
    '',
  ].join('\n');
}
