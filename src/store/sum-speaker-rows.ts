import type { SpeakerTotal } from './store.ts';

/** One group of a speaker's statements: by name as written, role and outlet. */
export interface SpeakerRow {
  readonly key: string;
  readonly name: string;
  readonly role: string | null;
  readonly outlet: string | null;
  readonly quotes: number;
}

/** A speaker key's statements and articles, in the order the store ranked the keys. */
export interface SpeakerKeyCount {
  readonly key: string;
  readonly quotes: number;
  readonly documents: number;
}

/** What a store reads for the speaker totals: the keys it ranked, and the rows of those keys. */
export interface KeptSpeakers {
  readonly totals: readonly SpeakerKeyCount[];
  readonly rows: readonly SpeakerRow[];
}

/**
 * Builds the speaker totals from the counts per speaker key (in the order the store ranked
 * them) and the rows per name, role and outlet of those keys: the name written most often,
 * roles and outlets most quoted first.
 */
export function sumSpeakerRows({ totals, rows }: KeptSpeakers): SpeakerTotal[] {
  const byKey = new Map<string, SpeakerRow[]>();
  for (const row of rows) {
    const list = byKey.get(row.key);
    if (list) list.push(row);
    else byKey.set(row.key, [row]);
  }
  const ranked = (counts: Map<string, number>): string[] => [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value]) => value);
  const add = <K>(counts: Map<K, number>, key: K, n: number): void => {
    counts.set(key, (counts.get(key) ?? 0) + n);
  };
  return totals
    .map((total) => {
      const names = new Map<string, number>();
      const roles = new Map<string, number>();
      const outlets = new Map<string | null, number>();
      for (const row of byKey.get(total.key) ?? []) {
        add(names, row.name, row.quotes);
        if (row.role !== null) add(roles, row.role, row.quotes);
        add(outlets, row.outlet, row.quotes);
      }
      return {
        key: total.key,
        name: ranked(names)[0] ?? total.key.replace(/^~/, ''),
        roles: ranked(roles),
        quotes: total.quotes,
        documents: total.documents,
        outlets: [...outlets].map(([outlet, quotes]) => ({ outlet, quotes })).sort((a, b) => b.quotes - a.quotes || (a.outlet ?? '').localeCompare(b.outlet ?? '')),
      };
    })
    .sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
}
