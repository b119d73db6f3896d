/**
 * Derives `src/entities/name-lexicon.json` from compromise's word lexicon: only the words carrying a tag that name
 * typing reads (first/last names, places, organizations, ...), with only those tags. The pipeline used to import
 * compromise just to read this lexicon, which cost 0.7-1.1 s of CPU per worker start; the JSON loads in a few ms.
 * Run it again when compromise is upgraded: `npx tsx src/entities/derive-name-lexicon.ts`
 * (test/entities/name-lexicon.test.ts fails when the file no longer matches the installed compromise).
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { projectPath } from '../paths.js';
import { NAME_TAGS, OTHER_TAG } from './name-lexicon.js';

export const NAME_LEXICON_FILE = projectPath('src', 'entities', 'name-lexicon.json');

/** word -> its name tags joined by commas, plus OTHER_TAG when compromise gives it other tags too ("Jordan"'s verbs). */
export async function deriveNameLexicon(): Promise<Record<string, string>> {
  const { default: nlp } = await import('compromise');
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const wanted = new Set<string>(NAME_TAGS);
  const out: Record<string, string> = {};
  for (const word of Object.keys(lexicon).sort()) {
    const value = lexicon[word];
    const tags = typeof value === 'string' ? [value] : value;
    const kept = tags.filter((t) => wanted.has(t));
    if (kept.length === 0) continue;
    if (kept.length < tags.length) kept.push(OTHER_TAG);
    out[word] = kept.join(',');
  }
  return out;
}

/** The file's exact text: one word per line so that diffs stay readable. */
export function formatNameLexicon(entries: Record<string, string>): string {
  const lines = Object.entries(entries).map(([w, t]) => `${JSON.stringify(w)}:${JSON.stringify(t)}`);
  return '{\n' + lines.join(',\n') + '\n}\n';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const entries = await deriveNameLexicon();
  writeFileSync(NAME_LEXICON_FILE, formatNameLexicon(entries));
  console.log(`${NAME_LEXICON_FILE}: ${Object.keys(entries).length} words`);
}
