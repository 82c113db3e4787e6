import type { Analysis, Quote } from '../../../src/core/types.ts';

/** One source in the "who said what" panel. */
export interface SpeakerGroup {
  /** Position in order of first appearance; the colour and the badge number follow it. */
  readonly index: number;
  readonly key: string;
  /** Null when the source is not named in the text. */
  readonly name: string | null;
  readonly role: string | null;
  /** The speaker's statements in text order. */
  readonly quotes: readonly Quote[];
}

export interface SpeakerIndex {
  readonly groups: readonly SpeakerGroup[];
  readonly indexOf: ReadonlyMap<string, number>;
}

/** Statements by the same entity, or else by the same name, belong to one source. */
export function speakerKey(quote: Quote): string {
  if (quote.speakerEntity) return `e:${quote.speakerEntity}`;
  if (quote.speakerName) return `n:${quote.speakerName.toLowerCase()}`;
  return 'unknown';
}

/** Groups the statements of an article by source, in order of first appearance. */
export function groupSpeakers(analysis: Analysis): SpeakerIndex {
  const byKey = new Map<string, { key: string; name: string | null; role: string | null; quotes: Quote[] }>();
  const ordered = [...analysis.quotes].sort((a, b) => a.content.start - b.content.start);
  for (const quote of ordered) {
    const key = speakerKey(quote);
    let group = byKey.get(key);
    if (!group) {
      group = { key, name: quote.speakerName, role: quote.role, quotes: [] };
      byKey.set(key, group);
    }
    if (group.role === null && quote.role !== null) group.role = quote.role;
    if (quote.speakerName !== null && (group.name === null || quote.speakerName.length > group.name.length)) group.name = quote.speakerName;
    group.quotes.push(quote);
  }
  const groups = [...byKey.values()].map((group, index) => ({ ...group, index }));
  return { groups, indexOf: new Map(groups.map((group) => [group.key, group.index])) };
}
