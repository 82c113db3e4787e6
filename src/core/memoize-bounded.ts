/**
 * Remembered answers of a pure function, in memory that cannot grow without bound: when `limit`
 * answers are kept, the next new one clears them all first (cheaper than tracking which is
 * oldest, and an article asks the same few keys again soon after). Answers may be null or
 * false, never undefined (undefined means "not yet asked").
 */

/** `compute`, remembering up to `limit` answers by key. */
export function memoizeBounded<K, V extends {} | null>(limit: number, compute: (key: K) => V): (key: K) => V {
  const answers = new Map<K, V>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute(key);
      if (answers.size >= limit) answers.clear();
      answers.set(key, answer);
    }
    return answer;
  };
}

/**
 * `compute(owner, key)`, remembering up to `limit` answers per owner (a lexicon, a word list):
 * an owner's answers go when the owner does.
 */
export function memoizeBoundedPer<O extends object, K, V extends {} | null>(limit: number, compute: (owner: O, key: K) => V): (owner: O, key: K) => V {
  const perOwner = new WeakMap<O, (key: K) => V>();
  return (owner, key) => {
    let remembered = perOwner.get(owner);
    if (remembered === undefined) perOwner.set(owner, (remembered = memoizeBounded(limit, (k: K) => compute(owner, k))));
    return remembered(key);
  };
}
