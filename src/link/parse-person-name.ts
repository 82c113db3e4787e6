import { names } from '../lang/names/index.ts';
import { wordKey } from './name-key.ts';
import { foldLatin } from './fold-latin.ts';
import { hasCyrillic, transliterateCyrillic } from './transliterate-cyrillic.ts';

/** One given name or initial as written (without its full stop) and its key. */
export interface GivenName {
  readonly text: string;
  readonly key: string;
  /** Written as one letter, with or without a full stop ("S.", "W"). */
  readonly initial: boolean;
}

/** A person's name taken apart; offsets are into the text that was parsed. */
export interface PersonName {
  /** Start and end of the name proper: titles, generation marks and a genitive ending left out. */
  readonly start: number;
  readonly end: number;
  /** What stood before the name ("minister", "dhr.", "president"), or null. */
  readonly title: string | null;
  /** Given names and initials in order; hyphenated given names are apart ("Kassym-Jomart" → Kassym, Jomart). */
  readonly given: readonly GivenName[];
  /** The surname as written, with its particles ("von der Leyen", "al-Assad"). */
  readonly surname: string;
  /** The key of the surname's core, particles left out ("leien", "asad"). */
  readonly surnameKey: string;
  /**
   * "marked": a genitive ending was removed ("Putin's", "Sjojgoe's"); "possible": the surname
   * ends in an s that may be a Dutch or German genitive ("Poetins") and was kept; else null.
   */
  readonly genitive: 'marked' | 'possible' | null;
}

export interface ParseNameOptions {
  /** More words to strip from the front as titles (a language's role nouns), lower case. */
  readonly titles?: ReadonlySet<string>;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const surnameFirstForms = new Set([...names.surnameFirst].map(latinForm));
const surnameFirstAmbiguousForms = new Set([...names.surnameFirstAmbiguous].map(latinForm));

/**
 * Takes a person's name apart: titles in front, then given names and initials, then the surname
 * with its particles (Chinese, Korean and Vietnamese family names first: "Kim Jong-un").
 * Returns null when no capitalised name is left ("de president") or the last word is a title
 * ("President", "Home Secretary"; see `titleOnly`).
 */
export function parsePersonName(text: string, options: ParseNameOptions = {}): PersonName | null {
  const words: Word[] = [];
  splitWords(text, words);
  while (words.length > 1 && names.suffixes.has(bare(words[words.length - 1].text))) words.pop();
  if (words.length === 0) return null;

  const last = words[words.length - 1];
  const genitive = stripGenitive(last);
  if (!hasCapitalisedPart(last.text)) return null;

  if (isTitle(last.text, options.titles)) return null;
  let first = 0;
  while (first < words.length - 1 && !startsName(words[first].text, options.titles)) first++;
  // A title further on ends the words before the name: "U.S. President Donald Trump", "Home Secretary Suella Braverman".
  for (let k = words.length - 2; k >= first; k--) {
    if (isTitle(words[k].text, options.titles)) {
      first = k + 1;
      break;
    }
  }
  if (first === words.length - 1) {
    while (first > 0 && names.particles.has(words[first - 1].text.toLowerCase())) first--;
  }
  const title = first > 0 ? text.slice(words[0].start, words[first - 1].end) : null;
  const rest = words.slice(first);

  let surnameWords: Word[];
  let givenWords: Word[];
  let ending = genitive;
  if (isSurnameFirst(rest)) {
    surnameWords = [rest[0]];
    givenWords = rest.slice(1);
    if (ending === 'possible') ending = null;
  } else {
    let s = rest.length - 1;
    while (s > 0 && names.particles.has(rest[s - 1].text.toLowerCase())) s--;
    surnameWords = rest.slice(s);
    givenWords = rest.slice(0, s);
  }
  const surname = text.slice(surnameWords[0].start, surnameWords[surnameWords.length - 1].end);
  const surnameKey = coreKey(surnameWords);
  if (surnameKey === '') return null;
  const given: GivenName[] = [];
  for (const word of givenWords) if (isCapitalised(word.text)) splitGiven(word, given);
  return {
    start: rest[0].start,
    end: last.end,
    title,
    given,
    surname,
    surnameKey,
    genitive: ending,
  };
}

/**
 * The title a mention is made of when it holds no name ("President", "de minister", "Home
 * Secretary", "Speaker's"): its last word, lower case, without a genitive; else null.
 */
export function titleOnly(text: string, options: ParseNameOptions = {}): string | null {
  const words = text.trim().split(/\s+/);
  const last = words[words.length - 1]?.replace(/(?:['’]s|['’])$/u, '') ?? '';
  return last !== '' && isTitle(last, options.titles) ? bare(last) : null;
}

/** The head of a parsed name's title ("president" for "U.S. President"), or null. */
export function titleHead(name: PersonName): string | null {
  if (name.title === null) return null;
  const words = name.title.trim().split(/\s+/);
  return bare(words[words.length - 1]);
}

/** The gender a name's title tells ("Mrs." → f, "dhr." → m), or null. */
export function titleGender(name: PersonName): 'm' | 'f' | null {
  if (name.title === null) return null;
  for (const word of name.title.split(/\s+/)) {
    const gender = names.titleGender.get(bare(word));
    if (gender !== undefined) return gender;
  }
  return null;
}

/** The same name without the final s of a possible genitive ("Poetins" → "Poetin"). */
export function withoutGenitiveS(name: PersonName): PersonName {
  if (name.genitive !== 'possible') return name;
  const surname = name.surname.slice(0, -1);
  const words = surname.split(/\s+/).map((w) => ({ text: w, start: 0, end: 0 }));
  return { ...name, end: name.end - 1, surname, surnameKey: coreKey(words), genitive: 'marked' };
}

/** The key of a parsed person: "surname" or "surname,given given" ("xoigu,sergei"). */
export function personKey(surnameKey: string, given: readonly GivenName[]): string {
  const keys = given.map((g) => g.key).filter((k) => k !== '');
  return keys.length === 0 ? surnameKey : `${surnameKey},${keys.join(' ')}`;
}

function stripGenitive(word: Word): 'marked' | 'possible' | null {
  const m = word.text.includes("'") || word.text.includes('’') ? /(?:['’]s|['’])$/u.exec(word.text) : null;
  if (m !== null) {
    word.text = word.text.slice(0, m.index);
    word.end -= m[0].length;
    return 'marked';
  }
  const t = word.text;
  return t.length >= 4 && t.charCodeAt(t.length - 1) === 115 && /\p{L}{3}s$/u.test(t) ? 'possible' : null;
}

function startsName(word: string, titles: ReadonlySet<string> | undefined): boolean {
  return isCapitalised(word) && !isTitle(word, titles);
}

function isTitle(word: string, titles: ReadonlySet<string> | undefined): boolean {
  const w = bare(word);
  return names.titles.has(w) || (titles?.has(w) ?? false);
}

/** Whether the word or one of its hyphenated parts starts with a capital ("al-Assad"). */
function hasCapitalisedPart(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    if (i > 0 && word[i - 1] !== '-' && word[i - 1] !== '‐' && word[i - 1] !== '‑') continue;
    const c = word[i];
    if (c !== c.toLowerCase()) return true;
  }
  return false;
}

function isCapitalised(word: string): boolean {
  const c = word[0];
  return c !== undefined && c !== c.toLowerCase();
}

function bare(word: string): string {
  let end = word.length;
  while (end > 0 && (word.charCodeAt(end - 1) === 46 || word.charCodeAt(end - 1) === 44)) end--;
  return (end === word.length ? word : word.slice(0, end)).toLowerCase();
}

/** Korean and Chinese order: a listed family name first, unless it is also a Western given name without a sign. */
function isSurnameFirst(words: readonly Word[]): boolean {
  if (words.length < 2) return false;
  const first = words[0].text;
  const form = /^[\x00-\x7f]*$/.test(first) ? first.toLowerCase() : latinForm(first);
  if (!surnameFirstForms.has(form)) return false;
  if (!surnameFirstAmbiguousForms.has(form)) return true;
  if (words[1].text.includes('-')) return true;
  return words.length >= 3 && words.slice(1).every((w) => w.text.length <= 4);
}

/** Lower case Latin without diacritics, Cyrillic in Dutch transcription ("Ким" → "kim"). */
function latinForm(word: string): string {
  return foldLatin(hasCyrillic(word) ? transliterateCyrillic(word) : word);
}

/** The key of a surname's core: particles and hyphenated particle prefixes left out. */
function coreKey(words: readonly Word[]): string {
  if (words.length === 1 && !/[-‐‑]/u.test(words[0].text)) return wordKey(words[0].text);
  const core = words.filter((w, i) => i === words.length - 1 || !names.particles.has(w.text.toLowerCase()));
  let key = '';
  for (const word of core) {
    const parts = word.text.split(/[-‐‑]/u).filter((p) => p !== '');
    const kept = parts.filter((p, i) => i === parts.length - 1 || !names.particlePrefixes.has(p.toLowerCase()));
    for (const part of kept) key += wordKey(part);
  }
  return key;
}

/** "Kassym-Jomart" → Kassym, Jomart; "J.F." → J, F; "Ch." is an initial too. Appends to `out`. */
function splitGiven(word: Word, out: GivenName[]): void {
  const text = word.text;
  const dotted = text.includes('.');
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 46;
    if (c !== 46 && c !== 45 && c !== 0x2010 && c !== 0x2011) continue;
    if (i > from) {
      const part = text.slice(from, i);
      const letters = part.length === 2 && isSurrogatePair(part) ? 1 : part.length;
      out.push({ text: part, key: wordKey(part), initial: letters === 1 || (dotted && letters === 2) });
    }
    from = i + 1;
  }
}

function isSurrogatePair(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 0xd800 && c <= 0xdbff;
}

/** Words between white space, with their offsets. */
function splitWords(text: string, out: Word[]): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isSpace(text.charCodeAt(i));
    if (space && start >= 0) {
      out.push({ text: text.slice(start, i), start, end: i });
      start = -1;
    } else if (!space && start < 0) {
      start = i;
    }
  }
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}
