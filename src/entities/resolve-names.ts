/**
 * Places and organizations within one article: one entity per gazetteer entry (so "US", "U.S." and "American"
 * are one United States), or per normalized surface when no table knows the name; an acronym in parentheses after
 * an organization's name is an alias of it.
 */
import type { Mention } from '../model/doc.js';
import { foldKey, lookupDemonym, lookupName, type GazetteerEntry } from '../gazetteer/index.js';

export interface NameCluster {
  type: 'PLACE' | 'ORG';
  canonical: string;
  key: string;
  entry?: GazetteerEntry;
  mentions: number[];
}

function bare(surface: string): string {
  return surface.replace(/['’]s?$/, '').replace(/^the\s+/i, '').trim();
}

/** Clusters PLACE and ORG mentions (names, and demonyms into the place they name). */
export function resolvePlacesAndOrgs(text: string, mentions: readonly Mention[]): { clusters: NameCluster[]; assigned: Int32Array } {
  const assigned = new Int32Array(mentions.length).fill(-1);
  const clusters: NameCluster[] = [];
  const byKey = new Map<string, number>();
  /** Acronym (as written) -> cluster, from "Long Name (ACR)". */
  const acronyms = new Map<string, number>();

  const join = (i: number, type: 'PLACE' | 'ORG', key: string, canonical: string, entry?: GazetteerEntry): void => {
    const full = `${type}|${key}`;
    let k = byKey.get(full);
    if (k === undefined) {
      clusters.push({ type, canonical, key, mentions: [], ...(entry ? { entry } : {}) });
      k = clusters.length - 1;
      byKey.set(full, k);
    }
    const c = clusters[k];
    // Without a table, the longest surface is the fullest name ("Axis of Resistance" over "Axis").
    if (!c.entry && canonical.length > c.canonical.length) c.canonical = canonical;
    c.mentions.push(i);
    assigned[i] = k;
  };

  mentions.forEach((m, i) => {
    if (m.type === 'PERSON') return;
    if (m.kind === 'demonym') {
      const entry = lookupDemonym(m.text);
      if (entry) join(i, 'PLACE', entry.key, entry.canonical, entry);
      return;
    }
    if (m.kind !== 'name') return;
    const surface = bare(m.text);
    const acr = acronyms.get(surface);
    if (acr !== undefined && clusters[acr].type === m.type) {
      clusters[acr].mentions.push(i);
      assigned[i] = acr;
      return;
    }
    const entry = lookupName(surface);
    if (entry && entry.type === m.type) join(i, m.type, entry.key, entry.canonical, entry);
    else join(i, m.type, m.type === 'PLACE' ? `place:${foldKey(surface)}` : foldKey(surface), surface);
    // "Islamic State (IK)": the next mention, in parentheses right after this one, is its acronym.
    const next = mentions[i + 1];
    const between = next ? text.slice(m.end, next.start) : '';
    if (next && next.kind === 'name' && /^ ?\($/.test(between) && text[next.end] === ')' && /^[\p{Lu}.&-]{2,10}$/u.test(next.text)) {
      acronyms.set(next.text, assigned[i]);
    }
  });
  joinShortOrgNames(clusters, assigned);
  return { clusters, assigned };
}

/**
 * "Voltara" after "Voltara Motors", "Commission" after "European Commission": an organization named by the first or
 * last words of a longer organization name in the same article is that organization.
 */
function joinShortOrgNames(clusters: NameCluster[], assigned: Int32Array): void {
  const orgs = clusters.map((c, k) => ({ c, k, words: foldKey(c.canonical).split(' ') })).filter((o) => o.c.type === 'ORG');
  for (const short of orgs) {
    if (short.c.mentions.length === 0) continue;
    const longer = orgs.filter(
      (o) => o.words.length > short.words.length && o.c.mentions.length > 0 && !o.words.includes('and') &&
        (o.words.slice(0, short.words.length).join(' ') === short.words.join(' ') || o.words.slice(-short.words.length).join(' ') === short.words.join(' ')),
    );
    if (longer.length !== 1) continue;
    const target = longer[0].c;
    for (const i of short.c.mentions) {
      target.mentions.push(i);
      assigned[i] = longer[0].k;
    }
    short.c.mentions = [];
  }
}
