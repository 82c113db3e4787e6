import type { SpeakerCount } from '../store/store.ts';

export interface SpeakerSummary {
  readonly name: string;
  readonly roles: string[];
  readonly quotes: number;
  readonly documents: number;
  readonly outlets: Array<{ outlet: string | null; quotes: number }>;
}

/**
 * Sums the store's counts per (speaker, role, outlet) into one row per speaker: every role,
 * statements in all, and statements per outlet. `documents` adds the per-row article counts, so
 * an article where one speaker has two roles counts twice.
 */
export function sumSpeakers(rows: readonly SpeakerCount[]): SpeakerSummary[] {
  const byName = new Map<string, SpeakerSummary>();
  for (const row of rows) {
    let speaker = byName.get(row.speakerName);
    if (!speaker) {
      speaker = { name: row.speakerName, roles: [], quotes: 0, documents: 0, outlets: [] };
      byName.set(row.speakerName, speaker);
    }
    const next = { ...speaker, quotes: speaker.quotes + row.quotes, documents: speaker.documents + row.documents };
    if (row.role !== null && !next.roles.includes(row.role)) next.roles.push(row.role);
    const outlet = next.outlets.find((o) => o.outlet === row.outlet);
    if (outlet) outlet.quotes += row.quotes;
    else next.outlets.push({ outlet: row.outlet, quotes: row.quotes });
    byName.set(row.speakerName, next);
  }
  return [...byName.values()]
    .map((speaker) => ({ ...speaker, outlets: speaker.outlets.sort((a, b) => b.quotes - a.quotes) }))
    .sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
}
