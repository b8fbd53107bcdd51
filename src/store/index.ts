export type { Store, StoredInput, StorySummary, SearchHit } from './types.js';
export { SqliteStore, SCHEMA_VERSION } from './sqlite.js';
export { summarize } from './summary.js';

/** Default store file, under the working folder. */
export const DEFAULT_DB = '.triangulate/triangulate.db';
