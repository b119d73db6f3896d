/**
 * Worker thread entry: runs the news pipeline on the articles it is sent. Loaded from compiled JS only
 * (dist/src/batch/worker.js); every module-level lexicon or model is loaded once per worker, not per article.
 */
import { extractArticle } from '../extract.js';
import { serve } from './serve.js';

serve(extractArticle);
