/**
 * Parallax as a library: read articles, analyse them, compare them.
 *
 *   import { readInput, compareInputs, renderReport } from 'parallax';
 *   const inputs = [...await readInput('a.html'), ...await readInput('b.txt')];
 *   const report = compareInputs(inputs);
 *   console.log(renderReport(report, 'md', { color: false }));
 */
export type * from './core/model/index.js';
export { SCHEMA_VERSION } from './core/model/report.js';
export { buildArticle, contentId } from './core/article.js';
export { analyzeArticle } from './core/analyze/index.js';
export { compareArticles } from './core/compare/index.js';
export { analyzeInputs, compareInputs } from './pipeline.js';
export { readInput } from './ingest/read-input.js';
export { InputError } from './ingest/errors.js';
export { renderReport } from './present/index.js';
export { getPack, packs } from './lang/index.js';
