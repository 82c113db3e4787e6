import type { IngestProgress, IngestReport } from '../ingest/ingest-files.ts';

const BAR = 24;

/** Articles per second so far. */
export function rate(progress: IngestProgress): number {
  return progress.elapsedMs > 0 ? ((progress.inserted + progress.skipped + progress.failed) * 1000) / progress.elapsedMs : 0;
}

/** Seconds left, from the bytes done so far; null before there is anything to go on. */
export function etaSeconds(progress: IngestProgress): number | null {
  if (progress.bytesDone === 0 || progress.elapsedMs < 500) return null;
  return ((progress.bytesTotal - progress.bytesDone) * progress.elapsedMs) / progress.bytesDone / 1000;
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/** One line for a terminal: a bar, files, articles, articles/s and time left. */
export function formatProgressBar(progress: IngestProgress, width = 100): string {
  const share = progress.bytesTotal > 0 ? progress.bytesDone / progress.bytesTotal : progress.filesTotal > 0 ? progress.filesDone / progress.filesTotal : 0;
  const filled = Math.round(Math.min(1, share) * BAR);
  const eta = etaSeconds(progress);
  const line = `[${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}] ${progress.filesDone}/${progress.filesTotal} files · ${progress.inserted} new, ${progress.skipped} known, ${progress.failed} failed · ${rate(progress).toFixed(0)}/s · ETA ${eta === null ? '?' : formatDuration(eta)}`;
  return line.length > width ? line.slice(0, width) : line;
}

/** One plain log line (not a terminal). */
export function formatProgressLine(progress: IngestProgress): string {
  return `ingest: ${progress.filesDone}/${progress.filesTotal} files, ${progress.inserted} new articles, ${progress.skipped} already stored, ${progress.failed} failed, ${rate(progress).toFixed(1)} articles/s, ${formatDuration(progress.elapsedMs / 1000)} elapsed`;
}

/** The summary at the end, with every failure and its reason (the first `maxListed`). */
export function formatReport(report: IngestReport, location: string, maxListed = 50): string {
  const lines = [
    `${report.interrupted ? 'interrupted after' : 'ingested'} ${report.filesDone}/${report.filesTotal} files into ${location}: ${report.inserted} new articles, ${report.skipped} already stored, ${report.failed} failed` +
      `${report.filesUnchanged > 0 ? `, ${report.filesUnchanged} unchanged files skipped` : ''} (${formatDuration(report.elapsedMs / 1000)}, ${rate(report).toFixed(1)} articles/s)`,
  ];
  if (report.interrupted) lines.push('everything written is complete; run the same command again to resume');
  if (report.failures.length > 0) {
    lines.push(`failed (${report.failures.length}):`);
    for (const failure of report.failures.slice(0, maxListed)) lines.push(`  ${failure.source}: ${failure.reason} [${failure.ruleId}]`);
    if (report.failures.length > maxListed) lines.push(`  … and ${report.failures.length - maxListed} more (all are in the store's failures table)`);
  }
  return lines.join('\n');
}
