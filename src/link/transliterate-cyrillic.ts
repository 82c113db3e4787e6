import { names } from '../lang/names/index.ts';
import { compileSpellingRules, rewriteSpelling } from './rewrite-spelling.ts';

const russian = compileSpellingRules(names.cyrillicRu);
const ukrainian = compileSpellingRules(names.cyrillicUk);

const CYRILLIC_WORD = /[\u0400-\u052f]+(?:['’ʼ][\u0400-\u052f]+)*/g;
const UKRAINIAN_LETTER = /[іїєґІЇЄҐ]/;
const RUSSIAN_LETTER = /[ыэъёЫЭЪЁ]/;
const KAZAKH_LETTER = /[әғқңөұүһӘҒҚҢӨҰҮҺ]/;

/** Whether `text` has a Cyrillic letter. */
export function hasCyrillic(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x400 && code <= 0x52f) return true;
  }
  return false;
}

/**
 * The Dutch transcription of the Cyrillic words in `text` (`src/lang/translit/ru-nl.json`).
 * Ukrainian (`uk-nl.json`) is a word with і ї є or ґ, or any word of a text that has them, unless
 * the word or text has a letter that Ukrainian lacks (ы э ъ ё) or a Kazakh letter:
 * "Сергей Шойгу" → "Sergej Sjojgoe", "Володимир Зеленський" → "Volodymyr Zelenskyj".
 * Everything that is not Cyrillic is kept as it is; capitals stay capitals.
 */
export function transliterateCyrillic(text: string): string {
  if (!hasCyrillic(text)) return text;
  const ukrainianText = UKRAINIAN_LETTER.test(text) && !KAZAKH_LETTER.test(text) && !RUSSIAN_LETTER.test(text);
  return text.replace(CYRILLIC_WORD, (word) => {
    const table = (ukrainianText || UKRAINIAN_LETTER.test(word)) && !KAZAKH_LETTER.test(word) && !RUSSIAN_LETTER.test(word) ? ukrainian : russian;
    return rewriteSpelling(table, word.toLowerCase(), { cased: word });
  });
}
