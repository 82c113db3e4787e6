import { isGroupWord, isPersonWord, isRoleWord, type Words } from './classify-words.ts';

/** A token range `[start, end)`. */
export interface TokenRange {
  readonly start: number;
  readonly end: number;
}

/**
 * A noun phrase that can be a source: "hij", "Antony Blinken", "de Amerikaanse minister van
 * buitenlandse zaken Antony Blinken", "een woordvoerster van de politie", "het Kremlin".
 * kind: pronoun; name (has a proper name that is not an institution); nominal (a person
 * described: role or person noun); group (a source that is not one person).
 */
export interface Phrase extends TokenRange {
  readonly kind: 'pronoun' | 'name' | 'nominal' | 'group';
  /** The proper name inside the phrase ("Antony Blinken"), if any. */
  readonly name: TokenRange | null;
  /** The head word: the last token of the name, or the head noun. */
  readonly head: number;
  /** Role words before the name ("Amerikaanse minister van buitenlandse zaken"), if any. */
  readonly role: TokenRange | null;
}

const INITIAL = /^(?:\p{Lu}\.)+(?:-\p{Lu}\.)*$/u;
const UPPER = /^\p{Lu}/u;
const MAX_WORDS = 14;

function isNameToken(words: Words, i: number): boolean {
  if (i < 0 || i >= words.tokens.length) return false;
  const cls = words.classes[i];
  const surface = words.tokens[i].text;
  if (INITIAL.test(surface)) return true;
  // After an abbreviated title a capital is a name, even a word like "King" ("Mr. King").
  if (i > 0 && UPPER.test(surface) && /\.$/.test(words.tokens[i - 1].text) && isRoleWord(words.lexicon, words.lower[i - 1])) return true;
  if (cls === 'name') return true;
  // Sentence-initial capitals are names when the lexicon does not know them as anything else.
  return cls === 'noun' && UPPER.test(surface) && !isPersonWord(words.lexicon, words.lower[i]) && !isRoleWord(words.lexicon, words.lower[i]) && !words.lexicon.groupNouns.has(words.lower[i]);
}

/** A head noun the lexicon knows: role, person or group. */
function isKnownHead(words: Words, i: number): boolean {
  const word = words.lower[i];
  const lexicon = words.lexicon;
  return isRoleWord(lexicon, word) || isPersonWord(lexicon, word) || isGroupWord(lexicon, word);
}

function isContent(words: Words, i: number): boolean {
  const cls = words.classes[i];
  if (words.lexicon.stops.has(words.lower[i]) && !isKnownHead(words, i)) return false;
  return cls === 'noun' || cls === 'adj' || cls === 'num' || cls === 'name';
}

/** Extends a name run starting at `i` (capitals, initials, particles between capitals); returns its end. */
function nameRunEnd(words: Words, i: number, limit: number): number {
  let j = i;
  while (j < limit) {
    if (isNameToken(words, j) && !(j > i && isKnownHead(words, j) && !UPPER.test(words.tokens[j].text))) {
      j++;
      continue;
    }
    // "AFL-CIO", "Post-ABC": a hyphen the tokenizer split off, glued on both sides.
    if (j > i && j + 1 < limit && isGluedHyphen(words, j) && isNameToken(words, j + 1)) {
      j += 2;
      continue;
    }
    // "Theo de Rooij", "J. van 't Hof": particles count only between capitals.
    let k = j;
    while (k < limit && words.lexicon.nameParticles.has(words.lower[k]) && k - j < 3) k++;
    if (k > j && k < limit && j > i && isNameToken(words, k)) {
      j = k;
      continue;
    }
    break;
  }
  return j;
}

/** A hyphen token with no space on either side ("conservative - leaning" written "conservative-leaning"). */
function isGluedHyphen(words: Words, j: number): boolean {
  const t = words.tokens;
  return (words.lower[j] === '-' || words.lower[j] === '–') && j > 0 && j + 1 < t.length && t[j - 1].end === t[j].start && t[j].end === t[j + 1].start;
}

/** The phrase that starts at token `i` (after "zei", "volgens", "aldus"), not reaching `limit`. */
export function chunkForward(words: Words, i: number, limit: number): Phrase | null {
  if (i >= limit) return null;
  const { lexicon, classes, lower } = words;
  const pronoun = lexicon.pronouns.get(lower[i]);
  if (pronoun && classes[i] !== 'name') return { start: i, end: i + 1, kind: 'pronoun', name: null, head: i, role: null };
  let j = i;
  if (classes[j] === 'det' || lexicon.determiners.has(lower[j])) j++;
  let head = -1;
  let name: TokenRange | null = null;
  let afterOf = false;
  while (j < limit && j - i < MAX_WORDS) {
    // "the conservative-leaning Tax Foundation": a word the tokenizer split at its hyphen.
    if (j > i && j + 1 < limit && isGluedHyphen(words, j) && !UPPER.test(words.tokens[j + 1].text)) {
      j += 2;
      continue;
    }
    if (isNameToken(words, j)) {
      const end = nameRunEnd(words, j, limit);
      // A capitalised adjective before a known noun ("de Amerikaanse minister", "Russische media"),
      // or before the noun of a complement ("van de Peruaanse geheime dienst").
      if (end < limit && end - j <= 2 && !UPPER.test(words.tokens[end].text) && (isKnownHead(words, end) || (afterOf && isContent(words, end) && words.classes[end] !== 'verb'))) {
        j = end;
        continue;
      }
      if (afterOf && !lexicon.ofWords.has(lower[j - 1]) && !lexicon.determiners.has(lower[j - 1])) {
        // "de oud-chef van de Peruaanse geheime dienst Vladimiro Montesinos": the complement has
        // its noun; the capitals after it are the person's name.
        name = { start: j, end };
        head = end - 1;
        j = end;
        break;
      }
      if (afterOf) {
        // "de politie van Karlsruhe": the capitals complete the complement, unless a first name
        // starts the person's own name ("minister van Buitenlandse Zaken Antony Blinken").
        const split = findFirstName(words, j, end);
        if (split > j) {
          name = { start: split, end };
          head = end - 1;
        }
        j = end;
        break;
      }
      // A name used as a modifier: "NYPD Commissioner James O’Neill", "a Washington Post-ABC News poll".
      if (end < limit && isKnownHead(words, end) && ((end + 1 < limit && isNameToken(words, end + 1)) || !isNameToken(words, end))) {
        j = end;
        continue;
      }
      if (end + 1 < limit && !isKnownHead(words, end) && isContent(words, end) && words.classes[end] !== 'verb' && isKnownHead(words, end + 1) && !UPPER.test(words.tokens[end].text)) {
        j = end;
        continue;
      }
      name = { start: j, end };
      head = end - 1;
      j = end;
      break;
    }
    if (isKnownHead(words, j)) {
      // The head is the noun before "van": "een woordvoerder van de gemeente" is a person.
      if (!afterOf) head = j;
      j++;
      continue;
    }
    if (!afterOf && head !== -1 && lexicon.ofWords.has(lower[j]) && j + 1 < limit && (classes[j + 1] === 'det' || isContent(words, j + 1))) {
      afterOf = true;
      j++;
      if (classes[j] === 'det' || lexicon.determiners.has(lower[j])) j++;
      continue;
    }
    if (isContent(words, j) && classes[j] !== 'verb') {
      if (head === -1) {
        // Modifiers and the head of an unknown noun ("de tweevoudige wereldkampioene").
        head = j;
        j++;
        continue;
      }
      if (afterOf) {
        // The complement of "van": "buitenlandse zaken", "de eerste internationale bijeenkomst".
        j++;
        // Untagged, an unknown word not ending in -e is likely the complement's noun: only a name may follow.
        if (!words.tagged && !/e$/.test(lower[j - 1]) && !(j < limit && isNameToken(words, j))) break;
        continue;
      }
      // A noun after a noun (tagged), or after an -e adjective taken for the head (untagged: "zijn politieke tak").
      if ((words.tagged && classes[j] === 'noun') || (!words.tagged && /e$/.test(lower[head]) && !isKnownHead(words, head) && head === j - 1)) {
        head = j;
        j++;
        continue;
      }
    }
    break;
  }
  if (head === -1) return null;
  const end = j;
  return makePhrase(words, i, end, head, name);
}

/** The phrase that ends with token `last` (the subject before "zei", "said"), not reaching below `floor`. */
export function chunkBackward(words: Words, last: number, floor: number): Phrase | null {
  if (last < floor) return null;
  const { lexicon, classes, lower } = words;
  if (lexicon.pronouns.has(lower[last]) && classes[last] !== 'name') return { start: last, end: last + 1, kind: 'pronoun', name: null, head: last, role: null };
  let name: TokenRange | null = null;
  let start: number;
  if (isNameToken(words, last)) {
    let k = last;
    while (k - 1 >= floor && (isNameToken(words, k - 1) || (lexicon.nameParticles.has(lower[k - 1]) && k - 2 >= floor && (isNameToken(words, k - 2) || lexicon.nameParticles.has(lower[k - 2]))))) k--;
    while (k < last && lexicon.nameParticles.has(lower[k]) && !UPPER.test(words.tokens[k].text)) k++;
    // "Secretary of State Antony Blinken": a first name inside the run starts the person's name;
    // the capitals before it complete the role.
    const split = findFirstName(words, k, last + 1);
    if (split > k && k - 1 >= floor && lexicon.ofWords.has(lower[k - 1])) k = split;
    name = { start: k, end: last + 1 };
    start = k;
  } else if (isKnownHead(words, last) || (isContent(words, last) && classes[last] !== 'verb')) {
    start = last;
  } else {
    return null;
  }
  const head = last;
  let k = start - 1;
  while (k >= floor && start - k < MAX_WORDS) {
    if (classes[k] === 'det' || lexicon.determiners.has(lower[k])) {
      start = k;
      // "een woordvoerster van de politie": go on through "van" to the noun it completes.
      if (k - 2 >= floor && lexicon.ofWords.has(lower[k - 1]) && isModifier(words, k - 2)) {
        k -= 2;
        start = k;
        k--;
        continue;
      }
      break;
    }
    if (lexicon.ofWords.has(lower[k]) && k - 1 >= floor && isModifier(words, k - 1)) {
      k--;
      continue;
    }
    if (isModifier(words, k)) {
      start = k;
      k--;
      continue;
    }
    break;
  }
  return makePhrase(words, start, last + 1, head, name);
}

/** A word that may stand before a head in a phrase read right to left. */
function isModifier(words: Words, k: number): boolean {
  const cls = words.classes[k];
  if (isKnownHead(words, k)) return true;
  // An inflected participle before a noun is an adjective, whatever its tag ("afgetuigde Kirgiziër").
  if (cls === 'verb' && words.tagged && /e$/.test(words.lower[k]) && !words.lexicon.verbForms.has(words.lower[k]) && k + 1 < words.tokens.length && words.classes[k + 1] === 'noun') return true;
  if (!isContent(words, k) || cls === 'verb') return false;
  // Untagged, an unknown lower-case word may be a verb: only -e adjectives, numbers, capitals and
  // words right before a known head pass ("a senior aide", "campaign manager").
  return words.tagged || cls !== 'noun' || /e$/.test(words.lower[k]) || (k + 1 < words.tokens.length && isKnownHead(words, k + 1));
}

/** The first token of a known first name inside `[from, to)`, or `from`. */
function findFirstName(words: Words, from: number, to: number): number {
  for (let k = from + 1; k < to; k++) if (words.lexicon.firstNames.has(words.lower[k])) return k;
  return from;
}

function makePhrase(words: Words, start: number, end: number, head: number, name: TokenRange | null): Phrase {
  const lexicon = words.lexicon;
  // The role: from the first role or person word before the name, with the adjectives right
  // before it ("de [Amerikaanse minister van buitenlandse zaken] Antony Blinken", "een
  // telefoontje van [meneer] Morariu").
  let roleRange: TokenRange | null = null;
  if (name !== null && name.start > start) {
    let first = -1;
    for (let k = start; k < name.start && first === -1; k++) if (isRoleWord(lexicon, words.lower[k]) || isPersonWord(lexicon, words.lower[k])) first = k;
    if (first !== -1) {
      let from = first;
      while (from - 1 >= start && (words.classes[from - 1] === 'adj' || (words.classes[from - 1] === 'name' && !words.lexicon.nameParticles.has(words.lower[from - 1])) || (!words.tagged && words.classes[from - 1] === 'noun' && /e$/.test(words.lower[from - 1]))) && !lexicon.determiners.has(words.lower[from - 1])) from--;
      roleRange = { start: from, end: name.start };
    }
  }
  let kind: Phrase['kind'];
  if (name !== null) {
    const allGroup = (() => {
      for (let k = name.start; k < name.end; k++) if (!isGroupWord(lexicon, words.lower[k])) return false;
      return true;
    })();
    kind = allGroup ? 'group' : 'name';
  } else if (isGroupWord(lexicon, words.lower[head]) && !isRoleWord(lexicon, words.lower[head])) {
    kind = 'group';
  } else {
    kind = 'nominal';
  }
  return { start, end, kind, name, head, role: roleRange };
}
