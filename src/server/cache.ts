/**
 * A small LRU of rendered responses (pages and story JSON), valid for one build of the store:
 * every entry carries the build's timestamp (StorySummary.updatedAt, the dossier's
 * generatedAt) and is dropped when a rebuild (here or by another process) changes it.
 */

/** Bytes of rendered responses kept at most (a 200-report story page is ~0.6 MB). */
export const MAX_CACHE_BYTES = 32 * 1024 * 1024;

/** One cached response body; its gzip form is made on first demand and kept with it. */
export interface CachedBody {
  build: string;
  body: string;
  gzip: Uint8Array | null;
}

export class ResponseCache {
  private readonly entries = new Map<string, CachedBody>();
  private bytes = 0;

  constructor(private readonly maxBytes = MAX_CACHE_BYTES) {}

  get(key: string, build: string): CachedBody | null {
    const e = this.entries.get(key);
    if (!e) return null;
    this.entries.delete(key);
    if (e.build !== build) {
      this.bytes -= e.body.length;
      return null;
    }
    this.entries.set(key, e); // most recently used last
    return e;
  }

  set(key: string, build: string, body: string): CachedBody {
    const entry: CachedBody = { build, body, gzip: null };
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.body.length;
      this.entries.delete(key);
    }
    if (body.length > this.maxBytes) return entry;
    this.entries.set(key, entry);
    this.bytes += body.length;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.body.length;
    }
    return entry;
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }
}
