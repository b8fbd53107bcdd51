/** Limits of the HTTP server. Each is a named constant with its reason. */

/**
 * Largest request body. Uploads are news articles (tens of KB each) or a JSONL batch; 10 MB
 * lets a few hundred articles through in one request while keeping one request's memory small.
 */
export const MAX_REQUEST_BYTES = 10 * 1024 * 1024;

/** Largest single uploaded file (a whole request may carry several). */
export const MAX_UPLOAD_FILE_BYTES = MAX_REQUEST_BYTES;

/** Files per upload request: more is a batch job for `triangulate build`, not a form. */
export const MAX_UPLOAD_FILES = 500;

/** Longest kept upload name (the name is only a label; longer names are cut). */
export const MAX_NAME_CHARS = 100;

/** Search hits returned at most, whatever `limit` asks. */
export const MAX_SEARCH_HITS = 200;

/** Search hits returned when no `limit` is given. */
export const DEFAULT_SEARCH_HITS = 50;

/** Longest search query (characters): longer queries are refused rather than run. */
export const MAX_QUERY_CHARS = 500;
