import type { Stage } from '../core/stage.ts';
import type { Analysis, Entity, Mention } from '../core/types.ts';
import { indexSpans } from '../core/index-spans.ts';
import type { Gender } from '../lang/speech-lexicon.ts';
import { classifyWords, isGroupWord, isPersonWord, isRoleWord, type Words } from './classify-words.ts';
import { chunkBackward, chunkForward, type Phrase } from './chunk-noun-phrases.ts';
import { clusterPersonNames, linkUnlinkedNames } from './cluster-person-names.ts';
import { describePhrase, roleBeforeName, roleOfDescription } from './describe-phrase.ts';
import { firstTokenAt } from './find-direct-quotes.ts';
import { findPersonNames } from './find-person-names.ts';
import { isSentenceSubject } from './judge-subject.ts';

/** What coreference knows of an entity while it reads. */
interface Profile {
  readonly id: string;
  type: Entity['type'];
  name: string;
  aliases: string[];
  mentions: string[];
  key?: string;
  gender: Gender | null;
  role: string | null;
  /** Head words of the roles it was given ("minister", "president"). */
  roleWords: Set<string>;
  /** An entity known only by a description ("een … Kirgiziër") until a name turns up. */
  described: boolean;
}

/** A place where an entity was referred to, for salience. */
interface Reference {
  entity: string;
  readonly token: number;
  readonly sentence: number;
  readonly paragraph: number;
  readonly subject: boolean;
}

/** How far back (in sentences) a pronoun looks for its antecedent, and a description for a matching role. */
const PRONOUN_WINDOW = 3;
const ROLE_WINDOW = 25;
const SALIENCE_WINDOW = 12;
const INDEFINITE = new Set(['een', 'a', 'an']);

/**
 * Links "hij", "ze", "de president", "de minister" to the person they refer to. Person names
 * come from the `entities` stage (or, where it has not run, from capitalised names after a
 * role or with a first name) and their entities from `link-entities` (or a surname match).
 * Reading the article in order, each person gets a gender (first name, role noun, the first
 * pronoun that refers to it) and roles ("president Kassim-Zjomart Tokajev", "Sjojgoe, de
 * Russische minister van defensie"). A third-person pronoun goes to the most salient
 * compatible person of the last few sentences (recent, subject, same gender); a definite
 * description ("de minister") to the last person with that role, or to the subject of the
 * sentence before ("De rechtshander uit Buenos Aires"); an indefinite one ("een gearresteerde
 * Kirgiziër") starts an entity of its own that a later name can complete ("hij werd herkend
 * als jazzpianist Vikram Roezachoenov"). Institutions and groups ("het Kremlin", "Russische
 * media", "getuigen") are never persons. Adds the pronoun and description mentions
 * (`form`), fills `Mention.entity` and `analysis.entities` with gender and role.
 */
export const resolveCoreference: Stage = (analysis, context) => {
  const words = classifyWords(analysis, context.pack.speech);
  // Names the entity stage found, and persons it missed that the capitals tell ("boerenvoorman
  // J. van 't Hof"): only where no mention stands already.
  const taken = indexSpans(analysis.mentions);
  const found = findPersonNames(analysis, words).filter((m) => taken.overlapping(m).length === 0);
  const names: Mention[] = [...analysis.mentions, ...found].sort((a, b) => a.start - b.start);
  const clustered = analysis.entities.length > 0 ? linkUnlinkedNames(names, analysis.entities) : clusterPersonNames(names);
  return readInOrder(analysis, words, clustered.mentions, clustered.entities);
};

function readInOrder(analysis: Analysis, words: Words, mentions: Mention[], entities: Entity[]): Analysis {
  const { lexicon, lower, tokens } = words;
  const profiles = new Map<string, Profile>();
  for (const e of entities) {
    profiles.set(e.id, {
      id: e.id, type: e.type, name: e.name, aliases: [...e.aliases], mentions: [...e.mentions], key: e.key,
      gender: e.gender ?? (e.type === 'PER' ? genderOfName(words, e.name) : null), role: e.role ?? null, roleWords: new Set(), described: false,
    });
  }
  // Person name mentions by their first token.
  const nameAt = new Map<number, Mention>();
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) {
    const first = firstTokenAt(tokens, m.start);
    // A MISC mention of a person noun ("Kirgiziër") does not keep the description from being read.
    if (m.type === 'MISC' && firstTokenAt(tokens, m.end) - first === 1 && isPersonHead(words, first)) continue;
    for (let k = first; k < tokens.length && tokens[k].start < m.end; k++) covered[k] = 1;
    if (m.type === 'PER' && m.entity !== undefined && profiles.has(m.entity) && !nameAt.has(first)) nameAt.set(first, m);
  }
  const history: Reference[] = [];
  const added: Mention[] = [];
  /** Entities merged into another by an identity cue: old id → new id. */
  const redirect = new Map<string, string>();
  let described = 0;
  const addMention = (start: number, end: number, form: 'nominal' | 'pronoun', entity: string, confidence: number): void => {
    const id = `r${added.length + 1}`;
    const s = tokens[start].start;
    const e = tokens[end - 1].end;
    added.push({ id, start: s, end: e, text: analysis.text.slice(s, e), type: 'PER', confidence, form, entity });
    profiles.get(entity)?.mentions.push(id);
  };

  analysis.sentences.forEach((sentence, s) => {
    const paragraph = sentence.paragraph;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      if (words.quoteOf[i] !== -1 && words.classes[i] !== 'quote' && !isScareQuotedWord(analysis, words, i)) continue;
      const name = nameAt.get(i);
      if (name !== undefined) {
        const last = Math.max(i, firstTokenAt(tokens, name.end) - 1);
        const profile = profiles.get(redirected(redirect, name.entity as string));
        if (profile === undefined) continue;
        learnRole(words, profile, i, last, sentence.tokenStart, sentence.tokenEnd);
        history.push({ entity: profile.id, token: i, sentence: s, paragraph, subject: isSentenceSubject(words, i, sentence.tokenStart) });
        i = last;
        continue;
      }
      if (covered[i]) continue;
      const pronoun = lexicon.pronouns.get(lower[i]);
      if (pronoun !== undefined && pronoun.person === 3) {
        if (pronoun.number === 'pl' || isPossessive(words, i)) continue;
        const entity = pickAntecedent(profiles, history, s, paragraph, pronoun.gender, pronoun.subject, i);
        if (entity === null) continue;
        const profile = profiles.get(entity) as Profile;
        if (profile.gender === null && pronoun.gender !== null && pronoun.number === 'sg') profile.gender = pronoun.gender;
        addMention(i, i + 1, 'pronoun', entity, 0.7);
        history.push({ entity, token: i, sentence: s, paragraph, subject: pronoun.subject });
        continue;
      }
      if (isPersonHead(words, i) && !(i + 1 < sentence.tokenEnd && nameAt.has(i + 1)) && !laterHeadInPhrase(words, i, sentence.tokenEnd)) {
        const phrase = nominalPhrase(words, i, sentence.tokenStart, sentence.tokenEnd);
        if (phrase === null || phrase.name !== null) continue;
        const subject = isSentenceSubject(words, phrase.start, sentence.tokenStart);
        let entity = appositionEntity(words, phrase, nameAt, sentence.tokenStart, sentence.tokenEnd);
        const hasDeterminer = words.classes[phrase.start] === 'det' || lexicon.determiners.has(lower[phrase.start]);
        const definite = !INDEFINITE.has(lower[phrase.start]) && hasDeterminer;
        // A bare noun is generic or a headline word ("per ondernemer", "als knecht", "Top-tienspeler of niet").
        if (entity === null && !hasDeterminer) continue;
        if (entity === null && definite) entity = pickByRole(profiles, history, s, lower[i]) ?? (subject ? previousSubject(profiles, history, s, genderOfNoun(words, i)) ?? mostSalient(profiles, history, s, genderOfNoun(words, i)) : null);
        if (entity === null) {
          described++;
          entity = `d${described}`;
          profiles.set(entity, {
            id: entity, type: 'PER', name: describePhrase(words, phrase), aliases: [], mentions: [], gender: genderOfNoun(words, i),
            role: isRoleWord(lexicon, lower[i]) ? roleOfDescription(words, phrase) : null, roleWords: new Set([lower[i]]), described: true,
          });
        } else {
          const profile = profiles.get(entity) as Profile;
          profile.roleWords.add(lower[i]);
          if (isRoleWord(lexicon, lower[i])) profile.role ??= roleOfDescription(words, phrase);
          profile.gender ??= genderOfNoun(words, i);
        }
        addMention(phrase.start, phrase.end, 'nominal', entity, definite ? 0.6 : 0.8);
        history.push({ entity, token: phrase.start, sentence: s, paragraph, subject });
        i = Math.max(i, phrase.end - 1);
      }
    }
    mergeIdentities(words, sentence.tokenStart, sentence.tokenEnd, s, history, profiles, nameAt, mentions, added, redirect);
  });

  const entityOut: Entity[] = [];
  for (const p of profiles.values()) {
    entityOut.push({
      id: p.id, type: p.type, name: p.name, aliases: p.aliases, mentions: p.mentions,
      ...(p.key !== undefined ? { key: p.key } : {}),
      ...(p.gender !== null ? { gender: p.gender } : {}),
      ...(p.role !== null ? { role: p.role } : {}),
    });
  }
  const allMentions = [...mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
  return { ...analysis, mentions: allMentions, entities: entityOut };
}

function isScareQuotedWord(analysis: Analysis, words: Words, i: number): boolean {
  const span = analysis.quoteSpans[words.quoteOf[i]];
  return words.tokens[i].start - span.inner.start <= 1 && span.inner.end - words.tokens[i].end <= 1;
}

/** "haar coach", "her campaign": a possessive, not a reference to pick up. */
function isPossessive(words: Words, i: number): boolean {
  const next = i + 1 < words.tokens.length ? words.classes[i + 1] : 'punct';
  if (words.tagged && words.classes[i] === 'det') return true;
  const pronoun = words.lexicon.pronouns.get(words.lower[i]);
  return pronoun !== undefined && !pronoun.subject && (next === 'noun' || next === 'adj' || next === 'name' || next === 'num');
}

function isPersonHead(words: Words, i: number): boolean {
  const word = words.lower[i];
  const cls = words.classes[i];
  if (cls !== 'noun' && cls !== 'name') return false;
  return (isRoleWord(words.lexicon, word) || isPersonWord(words.lexicon, word)) && !(isGroupWord(words.lexicon, word) && !isRoleWord(words.lexicon, word));
}

/** A participle used as an adjective, whatever its tag ("afgetuigde"): an inflected -e form before a noun. */
function isAttributive(words: Words, k: number): boolean {
  return words.classes[k] === 'verb' && /e$/.test(words.lower[k]) && !words.lexicon.verbForms.has(words.lower[k]) && k + 1 < words.tokens.length && (words.classes[k + 1] === 'noun' || words.classes[k + 1] === 'adj' || words.classes[k + 1] === 'verb');
}

/** "een gearresteerde, zichtbaar afgetuigde Kirgiziër": the person noun is a modifier when another follows in the phrase. */
function laterHeadInPhrase(words: Words, i: number, limit: number): boolean {
  for (let k = i + 1; k < limit && k - i <= 4; k++) {
    if (isPersonHead(words, k)) return true;
    const cls = words.classes[k];
    if (!(words.lower[k] === ',' || cls === 'adj' || cls === 'adv' || isAttributive(words, k) || (cls === 'noun' && !words.tagged && /e$|baar$|lijk$/.test(words.lower[k])))) return false;
  }
  return false;
}

/** The phrase a person noun heads: back to its determiner, then forward through its complement ("de woordvoerster van justitie"). */
function nominalPhrase(words: Words, head: number, floor: number, limit: number): Phrase | null {
  const back = chunkBackward(words, head, floor);
  let start = back?.start ?? head;
  // "een gearresteerde, zichtbaar afgetuigde Kirgiziër": the determiner may stand a few modifiers further back.
  if (!(words.classes[start] === 'det' || words.lexicon.determiners.has(words.lower[start]))) {
    for (let k = start - 1; k >= floor && start - k <= 6; k--) {
      if (words.classes[k] === 'det' || words.lexicon.determiners.has(words.lower[k])) {
        start = k;
        break;
      }
      const cls = words.classes[k];
      if (!(words.lower[k] === ',' || cls === 'adj' || cls === 'adv' || cls === 'noun' || isAttributive(words, k))) break;
    }
  }
  const forward = chunkForward(words, start, limit);
  // (A phrase that goes on to a name is a title before that name: the caller leaves it.)
  if (forward !== null && forward.start <= head && forward.end > head && (forward.head === head || forward.name !== null)) return forward;
  if (back !== null && start < back.start) return { ...back, start };
  return back;
}

/** "Haar dubbelpartner, Corina Morariu, …" or "Myra Poole, een zuster van Notre Dame": the name beside the description. */
function appositionEntity(words: Words, phrase: Phrase, nameAt: ReadonlyMap<number, Mention>, floor: number, limit: number): string | null {
  if (phrase.end + 1 < limit && words.lower[phrase.end] === ',') {
    const after = nameAt.get(phrase.end + 1);
    if (after?.entity) return after.entity;
  }
  if (phrase.start - 2 >= floor && words.lower[phrase.start - 1] === ',') {
    for (const [token, mention] of nameAt) {
      if (token < floor || token >= phrase.start || !mention.entity) continue;
      const last = firstTokenAt(words.tokens, mention.end) - 1;
      if (last === phrase.start - 2) return mention.entity;
    }
  }
  return null;
}

/** The last person given this role, not too long ago. */
function pickByRole(profiles: ReadonlyMap<string, Profile>, history: readonly Reference[], sentence: number, word: string): string | null {
  for (let h = history.length - 1; h >= 0; h--) {
    const ref = history[h];
    if (sentence - ref.sentence > ROLE_WINDOW) break;
    const profile = profiles.get(ref.entity);
    if (profile === undefined || profile.type !== 'PER') continue;
    for (const role of profile.roleWords) if (role === word || role.endsWith(word) || word.endsWith(role)) return ref.entity;
  }
  return null;
}

/** The person who was the subject of the sentence before (an epithet: "De rechtshander uit Buenos Aires klom …"). */
function previousSubject(profiles: ReadonlyMap<string, Profile>, history: readonly Reference[], sentence: number, gender: Gender | null): string | null {
  for (let h = history.length - 1; h >= 0; h--) {
    const ref = history[h];
    if (ref.sentence < sentence - 1) break;
    if (ref.sentence !== sentence - 1 || !ref.subject) continue;
    const profile = profiles.get(ref.entity);
    if (profile?.type === 'PER' && !profile.described && (gender === null || profile.gender === null || profile.gender === gender)) return ref.entity;
  }
  return null;
}

/** The person mentioned most often in the last sentences: the one a definite description of a person most likely means. */
function mostSalient(profiles: ReadonlyMap<string, Profile>, history: readonly Reference[], sentence: number, gender: Gender | null): string | null {
  const counts = new Map<string, number>();
  for (let h = history.length - 1; h >= 0 && sentence - history[h].sentence <= SALIENCE_WINDOW; h--) {
    const profile = profiles.get(history[h].entity);
    if (profile?.type !== 'PER' || profile.described) continue;
    if (gender !== null && profile.gender !== null && profile.gender !== gender) continue;
    counts.set(profile.id, (counts.get(profile.id) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 1;
  for (const [id, count] of counts) if (count > bestCount) [best, bestCount] = [id, count];
  return best;
}

/** Per history: how many references it had when last counted, and how many each entity has. */
const countsSeen = new WeakMap<readonly Reference[], { length: number; counts: Map<string, number> }>();

/**
 * How often each entity is referred to in the history so far. Counted on from where the last
 * count stopped (the history only grows, except where `mergeIdentities` renames an entity and
 * forgets the count), so that a text with many pronouns stays linear.
 */
function countReferences(history: readonly Reference[]): ReadonlyMap<string, number> {
  let seen = countsSeen.get(history);
  if (seen === undefined || seen.length > history.length) {
    seen = { length: 0, counts: new Map() };
    countsSeen.set(history, seen);
  }
  for (; seen.length < history.length; seen.length++) {
    const entity = history[seen.length].entity;
    seen.counts.set(entity, (seen.counts.get(entity) ?? 0) + 1);
  }
  return seen.counts;
}

/** The most salient compatible person for a pronoun: recent, a subject, the same gender, often mentioned. */
function pickAntecedent(profiles: ReadonlyMap<string, Profile>, history: readonly Reference[], sentence: number, paragraph: number, gender: Gender | null, subjectPronoun: boolean, token: number): string | null {
  const scores = new Map<string, number>();
  const counts = countReferences(history);
  for (let h = history.length - 1; h >= 0; h--) {
    const ref = history[h];
    const distance = sentence - ref.sentence;
    if (distance > PRONOUN_WINDOW || paragraph - ref.paragraph > 1) break;
    if (scores.has(ref.entity)) continue;
    const profile = profiles.get(ref.entity);
    if (profile === undefined || profile.type !== 'PER') continue;
    if (gender !== null && profile.gender !== null && profile.gender !== gender) continue;
    let score = 10 - 3 * distance + (ref.subject ? 3 : 0) + Math.min(counts.get(ref.entity) ?? 0, 4) * 0.5;
    if (gender !== null) score += profile.gender === gender ? 2 : -0.5;
    // An object pronoun rarely refers to the subject of its own clause ("Hij zag hem").
    if (!subjectPronoun && distance === 0 && ref.subject && token - ref.token < 6) score -= 6;
    scores.set(ref.entity, score);
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const [entity, score] of scores) {
    if (score > bestScore) {
      best = entity;
      bestScore = score;
    }
  }
  return best;
}

/** Roles from the words before a name ("de Russische minister van defensie Sergej Sjojgoe") or an apposition after it. */
function learnRole(words: Words, profile: Profile, first: number, last: number, floor: number, limit: number): void {
  const phrase = chunkBackward(words, last, floor);
  if (phrase?.role && phrase.name && phrase.name.start <= first + 1) {
    for (let k = phrase.role.start; k < phrase.role.end; k++) if (isRoleWord(words.lexicon, words.lower[k]) || words.lexicon.personNouns.has(words.lower[k])) profile.roleWords.add(words.lower[k]);
    profile.role ??= roleBeforeName(words, phrase);
    for (let k = phrase.role.start; k < phrase.role.end; k++) profile.gender ??= genderOfNoun(words, k);
  }
  // "Piet Zand is sinds juni trainer van Ajax": a role after a copula.
  for (let k = last + 1; k < limit && k <= last + 2; k++) {
    if (!words.lexicon.auxiliaries.has(words.lower[k])) continue;
    for (let j = k + 1; j < limit && j <= k + 5; j++) {
      if (words.classes[j] === 'punct' || words.classes[j] === 'quote') break;
      if (isRoleWord(words.lexicon, words.lower[j]) && words.classes[j] !== 'name') {
        profile.roleWords.add(words.lower[j]);
        const predicate = chunkForward(words, j, limit);
        profile.role ??= predicate !== null && predicate.start === j ? describePhrase(words, predicate) : words.tokens[j].text;
        break;
      }
    }
    break;
  }
  // "Sjojgoe, de Russische minister van defensie,"
  if (last + 2 < limit && words.lower[last + 1] === ',') {
    const apposition = chunkForward(words, last + 2, limit);
    if (apposition !== null && apposition.kind === 'nominal' && apposition.name === null && isRoleWord(words.lexicon, words.lower[apposition.head])) {
      profile.roleWords.add(words.lower[apposition.head]);
      profile.role ??= roleOfDescription(words, apposition);
    }
  }
}

function genderOfName(words: Words, name: string): Gender | null {
  const first = name.split(/[\s-]+/)[0]?.toLowerCase() ?? '';
  return words.lexicon.firstNames.get(first) ?? null;
}

function genderOfNoun(words: Words, i: number): Gender | null {
  return words.lexicon.nounGender.get(words.lower[i]) ?? null;
}

/**
 * "Thuis werd hij herkend als cellist Jan de Wit" (an identity cue): the person referred to
 * before the cue and the name after it are one; the described entity takes the name.
 */
function mergeIdentities(
  words: Words, from: number, to: number, sentence: number, history: Reference[], profiles: Map<string, Profile>,
  nameAt: ReadonlyMap<number, Mention>, mentions: Mention[], added: Mention[], redirect: Map<string, string>,
): void {
  const { lower } = words;
  const starts = firstWords(words.lexicon.identityCues);
  for (let k = from; k < to; k++) {
    if (!starts.has(lower[k]) || words.quoteOf[k] !== -1) continue;
    const cue = words.lexicon.identityCues.find((phrase) => phrase.every((word, j) => lower[k + j] === word));
    if (cue === undefined) continue;
    // History is in reading order: look back through this sentence's references only.
    let before: Reference | undefined;
    for (let h = history.length - 1; h >= 0 && history[h].sentence >= sentence && before === undefined; h--) {
      if (history[h].sentence === sentence && history[h].token < k) before = history[h];
    }
    let after: Mention | undefined;
    for (let j = k + cue.length; j < Math.min(to, k + cue.length + 4) && after === undefined; j++) after = nameAt.get(j);
    if (before === undefined || after?.entity === undefined) continue;
    const intoId = redirected(redirect, after.entity);
    if (before.entity === intoId) continue;
    const from_ = profiles.get(before.entity);
    const into = profiles.get(intoId);
    // Only a person known by a description takes a name this way; two named persons stay apart.
    if (from_ === undefined || into === undefined || from_.type !== 'PER' || into.type !== 'PER' || !from_.described) continue;
    into.mentions.push(...from_.mentions);
    into.gender ??= from_.gender;
    into.role ??= from_.role;
    for (const role of from_.roleWords) into.roleWords.add(role);
    if (!from_.described) into.aliases.push(from_.name);
    profiles.delete(from_.id);
    redirect.set(from_.id, into.id);
    for (const [old, now] of redirect) if (now === from_.id) redirect.set(old, into.id);
    for (const ref of history) if (ref.entity === from_.id) ref.entity = into.id;
    countsSeen.delete(history);
    for (const list of [mentions, added]) {
      for (let m = 0; m < list.length; m++) if (list[m].entity === from_.id) list[m] = { ...list[m], entity: into.id };
    }
  }
}

function redirected(redirect: ReadonlyMap<string, string>, id: string): string {
  return redirect.get(id) ?? id;
}

const firstWordSets = new WeakMap<readonly (readonly string[])[], Set<string>>();

/** The first words of a list of phrases (remembered per list), to try a phrase only where one can start. */
function firstWords(phrases: readonly (readonly string[])[]): Set<string> {
  let set = firstWordSets.get(phrases);
  if (set === undefined) {
    set = new Set(phrases.map((phrase) => phrase[0]));
    firstWordSets.set(phrases, set);
  }
  return set;
}
