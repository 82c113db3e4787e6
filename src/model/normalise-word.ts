/**
 * The form a tagger looks a word up by: lower case, every double quotation token (,, '' « »
 * “ ” „ " `` << >>) as one ", every single one (‘ ’ ‚ `) as ', and digits as 0 ("1972" → "0000",
 * "3,5" → "0,0"). Corpora write quotation marks differently (Alpino XML ", UD Alpino ,, '',
 * LassySmall « »); without this a model learns each style separately and loses almost a point.
 */
const DOUBLE_QUOTES = new Set([',,', "''", '«', '»', '“', '”', '„', '"', '``', '<<', '>>', '’’', '‘‘', '‟', '〝', '〞', '＂']);
const SINGLE_QUOTES = new Set(['‘', '’', '‚', '`', '‹', '›', '′']);

export function normaliseWord(word: string): string {
  if (word.length <= 2) {
    if (DOUBLE_QUOTES.has(word)) return '"';
    if (SINGLE_QUOTES.has(word)) return "'";
  }
  let hasUpper = false;
  let hasDigit = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) hasDigit = true;
    else if ((c >= 65 && c <= 90) || c > 127) hasUpper = true; // > 127: let toLowerCase decide
  }
  const lower = hasUpper ? word.toLowerCase() : word;
  return hasDigit ? lower.replace(/[0-9]/g, '0') : lower;
}
