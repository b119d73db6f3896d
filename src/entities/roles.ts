import { lookupDemonym, countryByName } from '../gazetteer/index.js';
import { roleCore } from './titles.js';

/** A role split into its comparable core ("secretary of state") and the country it is qualified by ("US"). */
export interface ParsedRole {
  core: string;
  countryCode?: string;
}

/** "US Secretary of State" and "the American Secretary of State" both parse to {secretary of state, US}. */
export function parseRole(role: string): ParsedRole {
  const core = roleCore(role);
  const words = role.replace(/^the\s+/i, '').split(/\s+/);
  for (const n of [2, 1]) {
    const q = words.slice(0, n).join(' ');
    const entry = countryByName(q) ?? lookupDemonym(q);
    if (entry?.countryCode) return { core, countryCode: entry.countryCode };
  }
  // "president of Iraq"
  const of = /\bof\s+(?:the\s+)?(.+)$/i.exec(role);
  const country = of ? countryByName(of[1]) : undefined;
  if (country?.countryCode) return { core, countryCode: country.countryCode };
  return { core };
}

/**
 * Does a nominal's role denote the holder of `held`? Same core ("president" is not "president-elect"), or the
 * nominal's core is the held one's head ("the minister" for a "Foreign Minister"); countries must agree when both
 * are given.
 */
export function roleMatches(nominal: ParsedRole, held: ParsedRole): boolean {
  if (nominal.countryCode && held.countryCode && nominal.countryCode !== held.countryCode) return false;
  if (nominal.core === held.core) return true;
  if (held.core.startsWith('shadow ') !== nominal.core.startsWith('shadow ')) return false;
  return held.core.endsWith(' ' + nominal.core) && !nominal.core.includes(' ');
}
