import { createHash } from 'node:crypto';
import type { Dossier, InputError } from '../model/types.js';
import type { InputFile } from '../ingest/index.js';
import type { Store } from '../store/types.js';
import { buildDossier, type BuildOptions } from './index.js';

export interface StoreRun {
  dossier: Dossier;
  /** inputs new to the store, changed, and unchanged in this run */
  added: number;
  changed: number;
  unchanged: number;
}

/**
 * Adds inputs to the store's corpus and rebuilds the dossier of the whole corpus. This is the
 * one entry point the CLI, the server's upload and the demo share. Inputs that yield no
 * report are reported in the dossier's errors and not kept for later builds.
 */
export function buildInStore(
  store: Store,
  inputs: InputFile[],
  errors: InputError[],
  opts: Omit<BuildOptions, 'store'> & { fresh?: boolean } = {},
): StoreRun {
  if (opts.fresh) store.clearInputs();
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  for (const input of inputs) {
    const hash = createHash('sha256').update(input.bytes).digest('hex');
    const meta: Record<string, string> = {};
    for (const [k, v] of Object.entries(input.meta)) if (typeof v === 'string') meta[k] = v;
    const r = store.putInput({ file: input.file, hash, bytes: input.bytes, meta });
    if (r === 'new') added++;
    else if (r === 'changed') changed++;
    else unchanged++;
  }
  const all: InputFile[] = store.listInputs().map((s) => ({ file: s.file, bytes: s.bytes, meta: s.meta }));
  const { dossier } = buildDossier(all, errors, { ...opts, store });
  const produced = new Set(dossier.reports.map((r) => (r.file ?? '').replace(/#.*$/, '')));
  for (const e of dossier.errors) if (!produced.has(e.file) && all.some((i) => i.file === e.file)) store.deleteInput(e.file);
  store.saveDossier(dossier);
  return { dossier, added, changed, unchanged };
}
