/** Input limits. Each is a named constant with its reason; README "Limits" lists them. */

/** Largest input file read. 20 MB pages must pass (issue 3); bigger files are refused per file. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

/** Largest JSONL file (many records per file). */
export const MAX_JSONL_BYTES = 512 * 1024 * 1024;

/** Largest text of one JSONL record, after JSON decoding. */
export const MAX_RECORD_CHARS = 8 * 1024 * 1024;

/** Share of control bytes (NUL and C0 other than tab/CR/LF/FF) above which a file is binary. */
export const BINARY_CONTROL_RATIO = 0.01;

/** Bytes sniffed for binary content and HTML detection. */
export const SNIFF_BYTES = 8192;

/** Folder depth walked below each input path (symlink loops cannot recurse past it). */
export const MAX_WALK_DEPTH = 16;
