export type * from './article.js';
export type * from './analysis.js';
export type * from './report.js';
export { SCHEMA_VERSION } from './report.js';
