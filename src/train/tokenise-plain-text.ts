import type { Lang } from '../core/types.ts';

/**
 * A plain tokeniser for unlabelled training text (word clusters), close to the tokenisation of
 * the labelled corpora the taggers learn from: punctuation split off, abbreviations and
 * numbers kept whole ("U.S.", "20.000", "3,5"); Dutch keeps hyphenated words and "camera's"
 * whole (CoNLL-2002, Alpino), English splits hyphens and the clitics 's and n't (UD EWT).
 */
const LEADING = /^[("'[{“‘„«‹¿¡*_]+/u;
const TRAILING = /[)"'\]}”’»›.,;:!?*_…]+$/u;
const ABBREVIATION = /^(?:\p{L}\.){2,}$|^\p{Lu}\.$/u;
const EN_CLITIC = /^(.+?)('s|'re|'ve|'ll|'d|'m|n't)$/iu;

export function tokenisePlainText(line: string, lang: Lang): string[] {
  const out: string[] = [];
  for (const chunk of line.split(/\s+/u)) {
    if (chunk === '') continue;
    let word = chunk;
    const lead = LEADING.exec(word);
    if (lead) {
      for (const ch of lead[0]) out.push(ch);
      word = word.slice(lead[0].length);
    }
    let trail = '';
    if (!ABBREVIATION.test(word)) {
      const m = TRAILING.exec(word);
      if (m && m[0].length < word.length) {
        // "'s" / "n't" at the end of an English word are not trailing quotes.
        trail = m[0];
        word = word.slice(0, -trail.length);
      } else if (m) {
        for (const ch of word) out.push(ch);
        continue;
      }
    }
    if (word !== '') pushWord(out, word, lang);
    for (const ch of trail) out.push(ch === '…' ? '...' : ch);
  }
  return out;
}

function pushWord(out: string[], word: string, lang: Lang): void {
  if (lang !== 'en') {
    out.push(word);
    return;
  }
  let rest = word;
  let clitic = '';
  const m = EN_CLITIC.exec(rest);
  if (m) {
    rest = m[1];
    clitic = m[2];
  }
  if (/\p{L}-\p{L}/u.test(rest)) {
    const parts = rest.split('-');
    parts.forEach((part, i) => {
      if (i > 0) out.push('-');
      if (part !== '') out.push(part);
    });
  } else out.push(rest);
  if (clitic !== '') out.push(clitic);
}
