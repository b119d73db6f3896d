/** Loading articles: files, folders, JSONL and stdin, each turned into an Article or a LoadError. */
export { LoadError } from './errors.js';
export { loadInputs, measureInputs, STDIN_PATH, type LoadItem, type LoadOptions } from './inputs.js';
export { discoverFiles, ARTICLE_EXTENSIONS } from './discover.js';
export { loadArticleFile } from './file.js';
export { readJsonl, readJsonlFile, parseJsonlLine, jsonlOrigin } from './jsonl.js';
export { DEFAULT_MAX_BYTES } from './detect.js';
export { publishedFromFileName, normalizePublished } from './published.js';
