import type { Upos } from '../core/types.ts';

/** An annotated sentence for training or scoring a POS tagger: words with their UPOS tags and lemmas. */
export interface TaggedSentence {
  readonly words: readonly string[];
  readonly tags: readonly Upos[];
  readonly lemmas: readonly string[];
}
