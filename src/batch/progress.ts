import cliProgress from 'cli-progress';
import type { IngestProgress } from './ingest.js';

/** How ingest shows that it is alive: a bar on a terminal, a line every few seconds in a log, or nothing. */
export interface ProgressReporter {
  totalBytes(bytes: number | null): void;
  update(progress: IngestProgress): void;
  stop(): void;
}

export type ProgressMode = 'bar' | 'lines' | 'quiet';

function rates(p: IngestProgress): { perSecond: number; mbPerSecond: number } {
  const seconds = Math.max(p.elapsedMs / 1000, 1e-3);
  return { perSecond: p.done / seconds, mbPerSecond: p.bytes / (1024 * 1024) / seconds };
}

/** MB/s, or KB/s when below 0.1 MB/s (a slow pipeline on small articles would otherwise always show 0.00). */
export function formatRate(mbPerSecond: number): string {
  return mbPerSecond >= 0.1 ? `${mbPerSecond.toFixed(2)} MB/s` : `${(mbPerSecond * 1024).toFixed(1)} KB/s`;
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** A plain line, e.g. for a log file or CI: `ingest: 1200 articles (...) 35.2 articles/s, 0.12 MB/s, 34 s`. */
export function progressLine(p: IngestProgress): string {
  const { perSecond, mbPerSecond } = rates(p);
  return (
    `ingest: ${p.done} articles (${p.ingested} new, ${p.replaced} replaced, ${p.unchanged} unchanged, ${p.failed} failed), ` +
    `${perSecond.toFixed(1)} articles/s, ${formatRate(mbPerSecond)}, ${Math.round(p.elapsedMs / 1000)} s`
  );
}

class LineReporter implements ProgressReporter {
  private lastPrinted = 0;
  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly everyMs: number,
  ) {}
  totalBytes(): void {}
  update(p: IngestProgress): void {
    if (p.elapsedMs - this.lastPrinted < this.everyMs) return;
    this.lastPrinted = p.elapsedMs;
    this.stream.write(progressLine(p) + '\n');
  }
  stop(): void {}
}

/**
 * The terminal bar measures bytes of article text against the inputs' total size (known once a quick walk of the
 * inputs has finished), so its ETA holds for a few huge articles as well as for many small ones.
 */
class BarReporter implements ProgressReporter {
  private readonly bar: cliProgress.SingleBar;
  private total: number | null = null;
  private started = false;

  constructor(stream: NodeJS.WritableStream) {
    this.bar = new cliProgress.SingleBar({
      stream,
      fps: 5,
      hideCursor: true,
      clearOnComplete: true,
      format: (options, params, payload: Record<string, string>) => {
        const head =
          this.total !== null
            ? `${cliProgress.Format.BarFormat(params.progress, options)} ${Math.floor(params.progress * 100)}% | ETA ${payload.eta} | `
            : '';
        return `${head}${payload.articles} articles | ${payload.rate} articles/s | ${payload.mbps} | ${payload.failed} failed`;
      },
    });
  }

  totalBytes(bytes: number | null): void {
    this.total = bytes;
    if (bytes !== null && this.started) this.bar.setTotal(Math.max(bytes, 1));
  }

  update(p: IngestProgress): void {
    const { perSecond, mbPerSecond } = rates(p);
    // ETA from the average byte rate so far: steadier than the bar's own estimate over its last few updates.
    const bytesPerSecond = p.bytes / Math.max(p.elapsedMs / 1000, 1e-3);
    const eta = this.total !== null && bytesPerSecond > 0 ? formatDuration(Math.max(this.total - p.bytes, 0) / bytesPerSecond) : '?';
    const payload = { articles: String(p.done), rate: perSecond.toFixed(1), mbps: formatRate(mbPerSecond), failed: String(p.failed), eta };
    if (!this.started) {
      this.started = true;
      this.bar.start(Math.max(this.total ?? 1, 1), 0, payload);
    }
    const value = this.total !== null ? Math.min(p.bytes, this.total) : 0;
    this.bar.update(value, payload);
  }

  stop(): void {
    if (this.started) this.bar.stop();
  }
}

class QuietReporter implements ProgressReporter {
  totalBytes(): void {}
  update(): void {}
  stop(): void {}
}

export function createReporter(mode: ProgressMode, stream: NodeJS.WritableStream = process.stderr, everyMs = 5000): ProgressReporter {
  if (mode === 'bar') return new BarReporter(stream);
  if (mode === 'lines') return new LineReporter(stream, everyMs);
  return new QuietReporter();
}
