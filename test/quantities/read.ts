import { expect } from 'vitest';
import { createDoc } from '../../src/model/create.js';
import type { Doc } from '../../src/model/doc.js';
import { clean } from '../../src/stages/clean.js';
import { segment } from '../../src/stages/segment.js';
import { entities } from '../../src/stages/entities.js';
import { resolve } from '../../src/stages/resolve.js';
import { quantities } from '../../src/stages/quantities.js';

/** A text published on 14 March 2025 through the stages up to quantities (places resolved), offsets checked. */
export function docOf(raw: string): Doc {
  const doc = quantities(resolve(entities(segment(clean(createDoc({ id: 't', source: 'test', published: '2025-03-14', title: null, raw }))))));
  for (const q of doc.quantities) expect(doc.text.slice(q.start, q.end)).toBe(q.text);
  return doc;
}
