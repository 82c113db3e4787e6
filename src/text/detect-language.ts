import type { Lang } from '../core/types.ts';

/**
 * Guesses the language of a text from its most frequent function words. Returns null when
 * neither Dutch nor English is plausible (too few known words, or too little text).
 */
const FUNCTION_WORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  nl: new Set(['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'die', 'niet', 'op', 'te', 'zijn', 'met', 'voor', 'er', 'aan', 'ook', 'maar', 'als', 'bij', 'nog', 'wel', 'door', 'naar', 'dan', 'zich', 'hij', 'ze', 'zei', 'zegt', 'werd', 'wordt', 'heeft', 'hebben', 'uit', 'om', 'over', 'tegen', 'volgens', 'dit', 'deze', 'geen', 'meer', 'was', 'waren', 'wat', 'wie', 'waar', 'omdat', 'hun', 'zou', 'kan']),
  en: new Set(['the', 'and', 'of', 'to', 'a', 'in', 'is', 'that', 'for', 'it', 'on', 'with', 'as', 'was', 'he', 'she', 'they', 'be', 'by', 'at', 'from', 'his', 'her', 'have', 'has', 'had', 'not', 'are', 'were', 'this', 'which', 'said', 'says', 'would', 'will', 'an', 'or', 'but', 'been', 'their', 'who', 'according', 'after', 'about', 'more', 'than']),
};

export interface LanguageGuess {
  readonly lang: Lang | null;
  /** Share of words that are function words of the chosen language. */
  readonly score: number;
  readonly words: number;
}

export function detectLanguage(text: string, sample = 20_000): LanguageGuess {
  const counts: Record<Lang, number> = { nl: 0, en: 0 };
  let words = 0;
  const matcher = /\p{L}+/gu;
  const head = text.length > sample ? text.slice(0, sample) : text;
  for (let m = matcher.exec(head); m !== null; m = matcher.exec(head)) {
    const word = m[0].toLowerCase();
    words++;
    if (FUNCTION_WORDS.nl.has(word)) counts.nl++;
    if (FUNCTION_WORDS.en.has(word)) counts.en++;
  }
  if (words === 0) return { lang: null, score: 0, words };
  const lang: Lang = counts.nl >= counts.en ? 'nl' : 'en';
  const score = counts[lang] / words;
  // Short texts: accept any evidence; longer texts need a real share of function words.
  const plausible = counts[lang] > 0 && (words < 8 || score >= 0.08) && counts[lang] > counts[lang === 'nl' ? 'en' : 'nl'];
  return { lang: plausible ? lang : null, score, words };
}
