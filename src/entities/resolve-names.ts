/**
 * Places and organizations within one article: one entity per gazetteer entry (so "US", "U.S." and "American"
 * are one United States), or per normalized surface when no table knows the name; an acronym in parentheses after
 * an organization's name is an alias of it.
 */
import type { Mention } from '../model/doc.js';
import { foldKey, lookupDemonym, lookupName, type GazetteerEntry } from '../gazetteer/index.js';
import { hasInstitutionWord, isGenericBodyName, nationalKey, nationalName, orgCountry, type OrgCountry } from './org-country.js';

export interface NameCluster {
  type: 'PLACE' | 'ORG';
  canonical: string;
  key: string;
  entry?: GazetteerEntry;
  /** The country of a national body no table knows as such ("Chilean Senate"), and its name without it. */
  countryCode?: string;
  core?: string;
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

  const join = (i: number, type: 'PLACE' | 'ORG', key: string, canonical: string, entry?: GazetteerEntry, body?: OrgCountry): void => {
    const full = `${type}|${key}`;
    let k = byKey.get(full);
    if (k === undefined) {
      clusters.push({ type, canonical, key, mentions: [], ...(entry ? { entry } : {}), ...(body ? { countryCode: body.countryCode, core: body.core } : {}) });
      k = clusters.length - 1;
      byKey.set(full, k);
    }
    const c = clusters[k];
    // Without a table, the longest surface is the fullest name ("Axis of Resistance" over "Axis").
    if (!c.entry && canonical.length > c.canonical.length) c.canonical = canonical;
    c.mentions.push(i);
    assigned[i] = k;
  };

  const national = nationalBodies(text, mentions);
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
    const body = m.type === 'ORG' ? national.get(i) : undefined;
    if (body && !(entry?.type === 'ORG' && entry.countryCode === body.countryCode)) {
      join(i, 'ORG', nationalKey(body.countryCode, body.core), body.inside ? surface : nationalName(body), undefined, body);
    } else if (entry && entry.type === m.type) join(i, m.type, entry.key, entry.canonical, entry);
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
 * The country of each organization mention that names a national body: its own qualifier ("Chile's Senate"), or,
 * for a bare "Senate", the qualifier of the same body named before it in the article (after it, when none is before):
 * an article about Chile's Senate means that senate by "the Senate".
 */
function nationalBodies(text: string, mentions: readonly Mention[]): Map<number, OrgCountry> {
  const out = new Map<number, OrgCountry>();
  const bare = new Map<number, string>();
  mentions.forEach((m, i) => {
    if (m.type !== 'ORG' || m.kind !== 'name' || !hasInstitutionWord(m.text)) return;
    const entry = lookupName(m.text.replace(/['’]s?$/, '').replace(/^the\s+/i, '').trim());
    const q = orgCountry(text, m.start, m.end, entry?.type === 'ORG');
    if (q) out.set(i, q);
    else bare.set(i, m.text);
  });
  if (out.size === 0) return out;
  const qualified = [...out.entries()].map(([i, q]) => ({ i, q, core: foldKey(q.core) }));
  for (const [i, surface] of bare) {
    const name = surface.replace(/['’]s?$/, '').replace(/^the\s+/i, '').trim();
    const core = foldKey(name);
    const same = qualified.filter((x) => x.core === core);
    if (same.length === 0 || !isGenericBodyName(name)) continue;
    const before = same.filter((x) => x.i < i);
    const q = (before.length > 0 ? before[before.length - 1] : same[0]).q;
    out.set(i, { countryCode: q.countryCode, core: q.core, inside: false });
  }
  return out;
}

/**
 * "Voltara" after "Voltara Motors", "Commission" after "European Commission": an organization named by the first or
 * last words of a longer organization name in the same article is that organization.
 */
function joinShortOrgNames(clusters: NameCluster[], assigned: Int32Array): void {
  // Every name a cluster goes by: "Agriculture Department" is a name of the "U.S. Agriculture Department".
  const orgs: Array<{ c: NameCluster; k: number; words: string[]; names: string[][] }> = [];
  clusters.forEach((c, k) => {
    if (c.type !== 'ORG') return;
    const canonical = foldKey(c.canonical);
    const names = [canonical.split(' ')];
    // A national body also goes by its name without the country: "Agriculture Department" of the "U.S. Agriculture
    // Department", so that a later "Agriculture" still finds it.
    if (c.core && foldKey(c.core) !== canonical) names.push(foldKey(c.core).split(' '));
    orgs.push({ c, k, words: names[0], names });
  });
  if (orgs.length < 2) return;
  for (const short of orgs) {
    if (short.c.mentions.length === 0) continue;
    const n = short.words.length;
    const longer = orgs.filter(
      (o) => o !== short && o.c.mentions.length > 0 &&
        o.names.some((w) => w.length > n && !w.includes('and') && (sameWords(w, 0, short.words) || sameWords(w, w.length - n, short.words))),
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

/** Are `words[from, from + part.length)` the words of `part`? (Words hold no spaces: the same as comparing joined.) */
function sameWords(words: readonly string[], from: number, part: readonly string[]): boolean {
  for (let j = 0; j < part.length; j++) if (words[from + j] !== part[j]) return false;
  return true;
}
