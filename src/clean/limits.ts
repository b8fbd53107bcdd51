/**
 * Limits of the clean stage. Each is a named constant with its reason; exceeding one yields a
 * Message on the result, never a crash. The README "Limits" section lists them.
 */

/** Largest HTML input parsed, in UTF-16 code units. 20 MB pages must pass (issue 3); the ingest
 * stage refuses files over 32 MB, so this only bites on direct API calls. The rest is dropped. */
export const MAX_HTML_CHARS = 32 * 1024 * 1024;

/** Deepest element nesting kept in the tree. Real pages stay under ~60 levels; deeper tags are
 * flattened into their ancestor at this depth, so tree walks can never overflow the stack. */
export const MAX_DEPTH = 256;

/** Most elements kept in the tree (about 100 bytes each); later tags are ignored but their text
 * still lands in the enclosing element. A 20 MB page of `<div>`s stays within memory. */
export const MAX_ELEMENTS = 400_000;

/** Wall-clock budget for parsing one page; the parser is fed in chunks and stops after it. */
export const MAX_PARSE_MS = 10_000;

/** Size of the chunks fed to the parser between two time checks. */
export const PARSE_CHUNK_CHARS = 256 * 1024;

/** Largest plain-text input cleaned line by line; beyond it the text is kept as is. */
export const MAX_TEXT_CHARS = 8 * 1024 * 1024;

/** Bytes of an HTML document searched for `<meta charset>` (the HTML standard says 1024). */
export const META_SNIFF_BYTES = 1024;
