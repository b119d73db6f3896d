import type { EntityType } from '../model/doc.js';

/** What a gazetteer knows about a name: its type, canonical form and, for places, where it is. */
export interface GazetteerEntry {
  type: EntityType;
  canonical: string;
  /** Normalization key, unique per type across articles (`iq`, `city:baghdad:iq`, `united nations`). */
  key: string;
  /** Which table it comes from, for error analysis: country, city, state, region, org. */
  source: 'country' | 'city' | 'state' | 'region' | 'org';
  countryCode?: string;
  lat?: number;
  lon?: number;
  /** A capital city: its name is often used for the government (metonymy). */
  capital?: boolean;
}
