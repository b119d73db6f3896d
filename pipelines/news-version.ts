/**
 * The news pipeline's version, apart from the pipeline itself: the ingest loop stores it with every article and
 * compares it with stored ones, and importing it must not load the stages' models into the main thread (which
 * only writes; the workers run the pipeline). Bump it whenever a stage changes what it extracts: articles stored
 * by an older version are re-processed by `claimex ingest --reprocess`.
 */
export const NEWS_PIPELINE_VERSION = '0.2.0';
