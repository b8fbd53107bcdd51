import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';

/** One flag, declared once as data: parsed by node:util and rendered into --help. */
export interface Flag {
  name: string;
  type: 'string' | 'boolean';
  help: string;
  multiple?: boolean;
  short?: string;
  value?: string;
}

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export function usageText(command: string, synopsis: string, flags: Flag[]): string {
  const rows = flags.map((f) => {
    const left = `--${f.name}${f.type === 'string' ? ` ${f.value ?? 'VALUE'}` : ''}`;
    return [left, f.help] as const;
  });
  const width = Math.max(0, ...rows.map(([l]) => l.length));
  return [`usage: triangulate ${command} ${synopsis}`, '', ...rows.map(([l, h]) => `  ${l.padEnd(width)}  ${h}`)].join('\n');
}

/**
 * Parses argv against the declared flags. Returns null (after printing) when --help was asked
 * or the arguments are wrong; the caller then exits with `parsed === null ? code : ...`.
 */
export function parse(command: string, synopsis: string, flags: Flag[], argv: string[]): Parsed | { exit: number } {
  const all: Flag[] = [...flags, { name: 'help', type: 'boolean', help: 'show this help', short: 'h' }];
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {};
  for (const f of all) {
    options[f.name] = { type: f.type, ...(f.multiple ? { multiple: true } : {}), ...(f.short ? { short: f.short } : {}) };
  }
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    if (values['help']) {
      console.log(usageText(command, synopsis, all));
      return { exit: 0 };
    }
    return { values: values as Parsed['values'], positionals };
  } catch (err) {
    console.error(`triangulate ${command}: ${err instanceof Error ? err.message : String(err)}\n\n${usageText(command, synopsis, all)}`);
    return { exit: 2 };
  }
}

export function isExit(p: Parsed | { exit: number }): p is { exit: number } {
  return 'exit' in p;
}

/** One parsed JSONL line, or the reason it could not be read. */
export type JsonlLine = { line: number; value: Record<string, unknown> } | { line: number; error: string };

/** Reads a JSONL file ('-' for stdin); bad lines are reported, not fatal. */
export function readJsonl(path: string): JsonlLine[] {
  const content = readFileSync(path === '-' ? 0 : path, 'utf8');
  const out: JsonlLine[] = [];
  content.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    try {
      const value: unknown = JSON.parse(raw);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        out.push({ line: i + 1, error: 'not a JSON object' });
      } else out.push({ line: i + 1, value: value as Record<string, unknown> });
    } catch (err) {
      out.push({ line: i + 1, error: `invalid JSON: ${err instanceof Error ? err.message : String(err)}` });
    }
  });
  return out;
}
