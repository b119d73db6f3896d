import type { CountBy } from '../store/api.js';
import type { IngestSummary } from './ingest.js';
import { formatRate } from './progress.js';

function counts(c: CountBy): string {
  const parts = Object.entries(c.by)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`);
  return parts.length > 0 ? `${c.total} (${parts.join(', ')})` : String(c.total);
}

/** The human summary printed on stdout at the end of an ingest (failures go to stderr, see `failureLines`). */
export function formatSummary(s: IngestSummary): string {
  const seconds = s.elapsedMs / 1000;
  const rate = s.done / Math.max(seconds, 1e-3);
  const mb = s.bytes / (1024 * 1024);
  const lines = [
    `${s.done} articles in ${seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s, ${formatRate(mb / Math.max(seconds, 1e-3))}, ` +
      `${s.workers === 0 ? 'in-process' : `${s.workers} worker${s.workers === 1 ? '' : 's'}`}, pipeline ${s.pipelineVersion})`,
    `  ingested ${s.ingested}, replaced ${s.replaced}, unchanged ${s.unchanged}, failed ${s.failed}`,
  ];
  if (s.interrupted) lines.push('  interrupted: run the same command again to continue where it stopped');
  if (s.stale > 0) lines.push(`  ${s.stale} unchanged articles were processed by another pipeline version: --reprocess re-runs them`);
  lines.push(
    `Database ${s.db}:`,
    `  articles  ${s.stats.articles}`,
    `  entities  ${counts(s.stats.entities)}`,
    `  claims    ${counts(s.stats.claims)}`,
    `  quotes    ${counts(s.stats.quotes)}`,
    `  mentions ${s.stats.mentions}, quantities ${s.stats.quantities}, time expressions ${s.stats.times}`,
  );
  if (s.samples.length > 0) {
    lines.push('Sample claims:');
    const width = Math.min(30, Math.max(...s.samples.map((c) => c.speaker.length)));
    const typeWidth = Math.max(...s.samples.map((c) => c.type.length));
    for (const c of s.samples) {
      const object = c.object.length > 80 ? c.object.slice(0, 77) + '...' : c.object;
      lines.push(`  ${c.speaker.padEnd(width)}  ${c.type.padEnd(typeWidth)}  ${object}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** One `file[:line]: reason` line per failure, for stderr. */
export function failureLines(s: IngestSummary): string {
  const lines = s.failures.map((f) => `${f.where}: ${f.reason}`);
  if (s.failuresNotListed > 0) lines.push(`... and ${s.failuresNotListed} more failures`);
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

/** The summary as one JSON object (`--json`). */
export function summaryJson(s: IngestSummary): Record<string, unknown> {
  return {
    db: s.db,
    pipelineVersion: s.pipelineVersion,
    workers: s.workers,
    articles: s.done,
    ingested: s.ingested,
    replaced: s.replaced,
    unchanged: s.unchanged,
    stale: s.stale,
    interrupted: s.interrupted,
    failed: s.failed,
    failures: s.failures.map((f) => `${f.where}: ${f.reason}`),
    failuresNotListed: s.failuresNotListed,
    seconds: Number((s.elapsedMs / 1000).toFixed(3)),
    bytes: s.bytes,
    totals: s.stats,
    samples: s.samples,
  };
}
