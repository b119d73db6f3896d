import type { Pipeline } from '../src/model/pipeline.js';
import { clean } from '../src/stages/clean.js';
import { segment } from '../src/stages/segment.js';
import { entities } from '../src/stages/entities.js';
import { resolve } from '../src/stages/resolve.js';
import { quantities } from '../src/stages/quantities.js';
import { dates } from '../src/stages/dates.js';
import { quotes } from '../src/stages/quotes.js';
import { claims } from '../src/stages/claims.js';
import { NEWS_PIPELINE_VERSION } from './news-version.js';

/** The news pipeline; its version lives in news-version.ts (bump it there when a stage changes its output). */
export const news: Pipeline = {
  name: 'news',
  version: NEWS_PIPELINE_VERSION,
  stages: [
    { name: 'clean', run: clean },
    { name: 'segment', run: segment },
    { name: 'entities', run: entities },
    { name: 'resolve', run: resolve },
    { name: 'quantities', run: quantities },
    { name: 'dates', run: dates },
    { name: 'quotes', run: quotes },
    { name: 'claims', run: claims },
  ],
};
