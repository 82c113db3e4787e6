import type { EntityType, Mention } from '../../src/core/types.ts';

/** A mention written in a test text as `[[text|TYPE]]` or `[[text|TYPE|who]]` (`who`: the gold identity). */
const MARK = /\[\[([^|\]]+)\|(PER|ORG|LOC|MISC)(?:\|([^\]]+))?\]\]/g;

export interface MarkedText {
  readonly text: string;
  readonly mentions: Mention[];
  /** Mention id → gold identity, for marks that carry one. */
  readonly gold: ReadonlyMap<string, string>;
}

/**
 * Takes the marks out of `marked` and returns the plain text with one mention per mark
 * (ids m1, m2, … in order), so tests of the linking stages can be written as readable rows.
 */
export function markMentions(marked: string, prefix = 'm'): MarkedText {
  let text = '';
  let from = 0;
  const mentions: Mention[] = [];
  const gold = new Map<string, string>();
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(from, m.index);
    const start = text.length;
    text += m[1];
    const id = `${prefix}${mentions.length + 1}`;
    mentions.push({ id, type: m[2] as EntityType, confidence: 1, start, end: text.length, text: m[1] });
    if (m[3] !== undefined) gold.set(id, m[3]);
    from = m.index + m[0].length;
  }
  text += marked.slice(from);
  return { text, mentions, gold };
}
