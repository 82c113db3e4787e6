/**
 * BIO tags (IOB2): `O` outside, `B-X` first word of an entity of type X, `I-X` a following
 * word of the same entity. A sequence is valid when every `I-X` follows `B-X` or `I-X`.
 */

/** An entity as a run of words: `[start, end)` word indices. */
export interface TagSpan {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/** `O` then `B-X`, `I-X` for each type, in the order given. */
export function bioTags(types: readonly string[]): string[] {
  return ['O', ...types.flatMap((t) => [`B-${t}`, `I-${t}`])];
}

/** Whether `tag` may follow `prev` (`null` at the start of a sentence). */
export function mayFollow(prev: string | null, tag: string): boolean {
  if (!tag.startsWith('I-')) return true;
  return prev !== null && prev !== 'O' && prev.slice(2) === tag.slice(2);
}

export function isValidBio(tags: readonly string[]): boolean {
  for (let i = 0; i < tags.length; i++) if (!mayFollow(i === 0 ? null : tags[i - 1], tags[i])) return false;
  return true;
}

/** The entities of a tag sequence; an `I-X` that does not continue an X opens a new one (as conlleval reads it). */
export function tagSpans(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let type: string | null = null;
  let start = 0;
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i] : 'O';
    const continues = tag.startsWith('I-') && type === tag.slice(2);
    if (continues) continue;
    if (type !== null) spans.push({ type, start, end: i });
    type = tag === 'O' ? null : tag.slice(2);
    start = i;
  }
  return spans;
}
