import { names } from '../lang/names/index.ts';

const folded = new Map<string, string>();

/**
 * Lower case without diacritics, with the letters of `translit/name-key.json` "fold" spelled
 * out first ("Šojgu" → "shojgu", "Erdoğan" → "erdogan", "Choïgou" → "choigou").
 */
export function foldLatin(word: string): string {
  const lower = word.toLowerCase();
  let ascii = true;
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return lower;
  let out = '';
  for (const ch of lower) out += ch.charCodeAt(0) < 128 ? ch : foldChar(ch);
  return out;
}

function foldChar(ch: string): string {
  let f = folded.get(ch);
  if (f === undefined) {
    f = names.fold.get(ch) ?? ch.normalize('NFD').replace(/\p{M}/gu, '');
    folded.set(ch, f);
  }
  return f;
}
