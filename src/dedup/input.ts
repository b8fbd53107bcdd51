/**
 * Validation of the stage subcommands' JSONL input lines `{"id","text","title"?,"publishedAt"?,
 * "source"?}` (shared by `triangulate dedup` and `triangulate cluster`).
 */

/** One valid input report. */
export interface InputDoc {
  id: string;
  text: string;
  title: string | null;
  publishedAt: string | null;
  source: string | null;
}

/** A line that could not be used, and why. */
export interface LineError {
  line: number;
  reason: string;
}

type Line = { line: number; value: Record<string, unknown> } | { line: number; error: string };

const OPTIONAL_STRINGS = ['title', 'publishedAt', 'source'] as const;

/** Valid reports in input order, and one error per bad line (bad JSON, missing id/text, wrong types). */
export function docsFromJsonl(lines: readonly Line[]): { docs: InputDoc[]; errors: LineError[] } {
  const docs: InputDoc[] = [];
  const errors: LineError[] = [];
  for (const l of lines) {
    if ('error' in l) {
      errors.push({ line: l.line, reason: l.error });
      continue;
    }
    const v = l.value;
    const id = typeof v['id'] === 'number' ? String(v['id']) : v['id'];
    if (typeof id !== 'string' || !id) {
      errors.push({ line: l.line, reason: 'missing "id" (a non-empty string)' });
      continue;
    }
    if (typeof v['text'] !== 'string') {
      errors.push({ line: l.line, reason: `report ${JSON.stringify(id)}: missing "text" (a string)` });
      continue;
    }
    const bad = OPTIONAL_STRINGS.find((k) => v[k] != null && typeof v[k] !== 'string');
    if (bad) {
      errors.push({ line: l.line, reason: `report ${JSON.stringify(id)}: "${bad}" must be a string or null` });
      continue;
    }
    const opt = (k: (typeof OPTIONAL_STRINGS)[number]): string | null => (typeof v[k] === 'string' ? v[k] : null);
    docs.push({ id, text: v['text'], title: opt('title'), publishedAt: opt('publishedAt'), source: opt('source') });
  }
  return { docs, errors };
}
