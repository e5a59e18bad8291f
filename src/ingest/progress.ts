/**
 * Load progress on standard error: a redrawn bar on a terminal (articles/s, ETA from the
 * input size), plain lines every few seconds otherwise (logs, CI).
 */
import type { IngestProgress } from './run.ts';

export interface ProgressReporter {
  update(progress: IngestProgress): void;
  /** Prints a line above the bar (failures), keeping the bar intact. */
  log(line: string): void;
  done(): void;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

export function formatProgress(p: IngestProgress, totalBytes: number | null, width = 30): string {
  const rate = p.elapsedMs > 0 ? (p.done * 1000) / p.elapsedMs : 0;
  const failed = p.failed > 0 ? `, ${p.failed} failed` : '';
  if (!totalBytes) return `${p.done} articles${failed} · ${rate.toFixed(1)} articles/s · ${duration(p.elapsedMs / 1000)} elapsed`;
  const fraction = Math.min(1, p.bytesDone / totalBytes);
  const filled = Math.round(fraction * width);
  const bytesRate = p.elapsedMs > 0 ? p.bytesDone / (p.elapsedMs / 1000) : 0;
  const eta = bytesRate > 0 ? (totalBytes - p.bytesDone) / bytesRate : Number.NaN;
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(fraction * 100).toFixed(1).padStart(5)}% · ${p.done} articles${failed} · ${rate.toFixed(1)} articles/s · ETA ${duration(eta)}`;
}

export function progressReporter(
  stream: NodeJS.WriteStream,
  totalBytes: number | null,
  options: { intervalMs?: number; enabled?: boolean } = {},
): ProgressReporter {
  const tty = Boolean(stream.isTTY);
  const interval = options.intervalMs ?? (tty ? 100 : 5000);
  const enabled = options.enabled ?? true;
  let last = 0;
  let latest: IngestProgress | null = null;
  let drawn = false;
  let lastDrawn: IngestProgress | null = null;
  const draw = () => {
    if (!latest || !enabled) return;
    lastDrawn = latest;
    const line = formatProgress(latest, totalBytes);
    if (tty) {
      const columns = stream.columns || 100;
      stream.write(`\r\x1b[2K${line.slice(0, columns - 1)}`);
      drawn = true;
    } else {
      stream.write(`progress: ${line}\n`);
    }
  };
  const clear = () => {
    if (tty && drawn) stream.write('\r\x1b[2K');
    drawn = false;
  };
  return {
    update(progress) {
      latest = progress;
      const now = Date.now();
      if (now - last >= interval) {
        last = now;
        draw();
      }
    },
    log(line) {
      clear();
      stream.write(`${line}\n`);
      if (tty) draw();
    },
    done() {
      if (tty) {
        draw();
        if (drawn) stream.write('\n');
        drawn = false;
      }
      // Plain output: print the final state unless that exact line is already on screen.
      else if (latest && enabled && last !== 0 && latest !== lastDrawn) draw();
    },
  };
}
