/**
 * Builds one regular expression that finds any of a list of phrases as whole words,
 * case-insensitively. Phrases are escaped; spaces match any run of white space; "…" inside a
 * phrase allows up to `gapWords` words between its parts. Longer phrases are tried first, so
 * "naar alle waarschijnlijkheid" wins over "waarschijnlijk". The alternation has no nested
 * quantifiers, so matching stays linear.
 */
export function buildPhrasePattern(phrases: readonly string[], gapWords = 4): RegExp {
  const usable = phrases.map((p) => p.trim()).filter((p) => p !== '');
  if (usable.length === 0) return /(?!)/gu;
  const sorted = [...usable].sort((a, b) => b.length - a.length);
  const gap = `(?:\\s+[^\\s.,;:!?()]+){0,${gapWords}}\\s+`;
  const alternatives = sorted.map((phrase) =>
    phrase
      .split('…')
      .map((part) => part.trim().split(/\s+/).map(escapeRegExp).join('\\s+'))
      .join(gap),
  );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
