import type { Stage } from '../pipeline/index.js';

/** Inputs from which a progress bar is drawn (short runs stay quiet). */
export const PROGRESS_MIN_ITEMS = 25;
/** Redraw at most this often (ms). */
const REDRAW_MS = 100;
const WIDTH = 30;

/** A one-line progress bar on stderr, drawn only on a terminal and for long runs. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): {
  update: (stage: Stage, done: number, total: number) => void;
  end: () => void;
} {
  let last = 0;
  let drawn = false;
  const enabled = Boolean(stream.isTTY);
  return {
    update(stage, done, total) {
      if (!enabled || total < PROGRESS_MIN_ITEMS) return;
      const now = Date.now();
      if (done < total && now - last < REDRAW_MS) return;
      last = now;
      const filled = Math.round((done / total) * WIDTH);
      stream.write(`\r${stage.padEnd(9)} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total}`);
      drawn = true;
    },
    end() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
