import type { Analysis, Entity, Mention, Quote, TextSpan } from '../core/types.ts';
import { textSpan } from '../core/span.ts';
import { indexSpans, type SpanIndex } from '../core/index-spans.ts';
import { countBelow } from '../core/count-below.ts';
import { isRoleWord, type Words } from './classify-words.ts';
import type { Phrase } from './chunk-noun-phrases.ts';
import { describePhrase, roleBeforeName, roleOfDescription } from './describe-phrase.ts';
import { firstTokenAt } from './find-direct-quotes.ts';
import { isSentenceSubject } from './judge-subject.ts';
import type { Cue } from './find-speech-cues.ts';
import type { QuoteCandidate } from './quote-candidate.ts';

/** Who a source phrase is: its span in the text, a name or description, the entity and role. */
interface Source {
  readonly span: TextSpan | null;
  readonly name: string | null;
  readonly entity: string | null;
  readonly role: string | null;
}

const NOBODY: Source = { span: null, name: null, entity: null, role: null };
/** How many paragraphs back a quote without attribution may take its source from. */
const CARRY_PARAGRAPHS = 1;

/**
 * Turns candidates into `Quote`s: the speaker phrase becomes a span, the fullest name of the
 * entity it refers to (through the mentions and entities that NER, linking and coreference
 * filled in: "hij" → "Kassim-Zjomart Tokajev"), or its description ("het Kremlin", "een
 * woordvoerster van de politie"), and the role. A quote without attribution takes its source
 * from context: the speaker of the quote before it, unless another person has become the
 * subject since, else the last person who was the subject of a sentence, with less confidence.
 */
export function attachSpeakers(analysis: Analysis, words: Words, candidates: readonly QuoteCandidate[]): Quote[] {
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const persons = personMentions(analysis, words);
  // Lookups by offset, so that a long text with many quotes and mentions stays linear.
  const mentionIndex = indexSpans(analysis.mentions);
  const context: CarryContext = {
    persons,
    personStarts: isSorted(persons.map((p) => p.mention.start)) ? persons.map((p) => p.mention.start) : null,
    quoted: isSorted(candidates.map((c) => c.content.start)) ? indexSpans(candidates.map((c) => c.content)) : null,
  };
  // Entities with at least one mention by name.
  const namedEntities = new Set<string>();
  for (const m of analysis.mentions) if (m.entity !== undefined && (m.form === undefined || m.form === 'name')) namedEntities.add(m.entity);
  const out: Quote[] = [];
  const sources: Source[] = [];
  candidates.forEach((candidate, index) => {
    let source = candidate.speaker ? describe(analysis, words, candidate.speaker, entities, mentionIndex) : NOBODY;
    let confidence = candidate.confidence;
    if (candidate.speaker === null || (source.name === null && candidate.speaker.kind === 'pronoun')) {
      const carried = carrySource(analysis, words, candidate, out, sources, context, entities, namedEntities);
      if (carried !== null) {
        source = candidate.speaker ? { ...carried, span: source.span ?? carried.span } : carried;
      } else {
        confidence = Math.min(confidence, 0.4);
      }
    }
    sources.push(source);
    out.push({
      id: `q${index + 1}`,
      kind: candidate.kind,
      content: textSpan(analysis.text, candidate.content.start, candidate.content.end),
      cue: candidate.cue ? cueSpan(analysis, words, candidate.cue) : null,
      speaker: source.span,
      speakerName: source.name,
      speakerEntity: source.entity,
      role: source.role,
      confidence: round2(confidence),
    });
  });
  return out;
}

/** The cue's text: the verb, with its particle when it follows right after ("laat weten"). */
function cueSpan(analysis: Analysis, words: Words, cue: Cue): TextSpan {
  const end = cue.particle === cue.end ? cue.particle + 1 : cue.end;
  return textSpan(analysis.text, words.tokens[cue.start].start, words.tokens[end - 1].end);
}

/** Whether `a` is a longer form of the name `b` (more words, the same last word). */
function fuller(a: string, b: string): boolean {
  const x = a.toLowerCase().split(/\s+/);
  const y = b.toLowerCase().split(/\s+/);
  return x.length > y.length && x[x.length - 1] === y[y.length - 1];
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The source a phrase names or describes. */
function describe(analysis: Analysis, words: Words, phrase: Phrase, entities: ReadonlyMap<string, Entity>, mentionIndex: SpanIndex): Source {
  const text = analysis.text;
  const tokens = words.tokens;
  const range = phrase.name ?? phrase;
  const span = textSpan(text, tokens[range.start].start, tokens[range.end - 1].end);
  const ownRole = roleBeforeName(words, phrase);
  const mention = mentionCovering(analysis.mentions, mentionIndex, tokens[phrase.head]);
  const entity = mention?.entity ? entities.get(mention.entity) : undefined;
  if (entity !== undefined && (phrase.kind !== 'group' || entity.type !== 'PER')) {
    const named = entity.type === 'PER' || phrase.kind === 'name';
    // The fullest name: the phrase's own name where it is longer ("Antony Blinken" for an entity
    // the tagger only knew as "Blinken").
    const own = phrase.name ? text.slice(span.start, span.end) : null;
    const name = own !== null && fuller(own, entity.name) ? own : entity.name;
    return { span, name: named ? name : describePhrase(words, phrase), entity: entity.id, role: ownRole ?? entity.role ?? null };
  }
  switch (phrase.kind) {
    case 'name':
      return { span, name: text.slice(span.start, span.end), entity: null, role: ownRole };
    case 'pronoun':
      return { span, name: null, entity: null, role: null };
    default:
      return { span: textSpan(text, tokens[phrase.start].start, tokens[phrase.end - 1].end), name: describePhrase(words, phrase), entity: null, role: phrase.kind === 'nominal' && isRoleWord(words.lexicon, words.lower[phrase.head]) ? roleOfDescription(words, phrase) : null };
  }
}

function mentionCovering(mentions: readonly Mention[], index: SpanIndex, token: TextSpan): Mention | undefined {
  let best: Mention | undefined;
  for (const mention of index.overlapping(token).map((i) => mentions[i])) {
    if (mention.start <= token.start && token.end <= mention.end) {
      if (best === undefined || (mention.entity !== undefined && best.entity === undefined)) best = mention;
    }
  }
  return best;
}

/** A person mention with where it stands: the token it starts at and whether it is the subject of its sentence. */
interface PersonMention {
  readonly mention: Mention;
  readonly token: number;
  readonly paragraph: number;
  readonly subject: boolean;
}

function personMentions(analysis: Analysis, words: Words): PersonMention[] {
  const out: PersonMention[] = [];
  for (const mention of analysis.mentions) {
    if (mention.type !== 'PER' || mention.entity === undefined) continue;
    const token = firstTokenAt(words.tokens, mention.start);
    if (token >= words.tokens.length || words.quoteOf[token] !== -1) continue;
    const sentence = analysis.sentences[words.tokens[token].sentence];
    out.push({ mention, token, paragraph: sentence.paragraph, subject: isSentenceSubject(words, token, sentence.tokenStart) });
  }
  return out;
}

/** The source of a quote without attribution (or with an unresolved pronoun), from context. */
function carrySource(
  analysis: Analysis,
  words: Words,
  candidate: QuoteCandidate,
  previousQuotes: readonly Quote[],
  previousSources: readonly Source[],
  context: CarryContext,
  entities: ReadonlyMap<string, Entity>,
  namedEntities: ReadonlySet<string>,
): Source | null {
  const start = candidate.content.start;
  const openToken = firstTokenAt(words.tokens, start);
  if (openToken >= words.tokens.length) return null;
  const paragraph = analysis.sentences[words.tokens[openToken].sentence].paragraph;
  // Candidates come in order of their start, so only earlier ones can hold an offset before this one.
  const { persons, personStarts, quoted } = context;
  const inQuote = (offset: number): boolean => quoted !== null && offset < start
    ? quoted.holds({ start: offset, end: offset + 1 })
    : previousQuotes.some((q) => q.content.start <= offset && offset < q.content.end);

  // The last quote before, not too far back, that has a source.
  let last = -1;
  for (let i = previousQuotes.length - 1; i >= 0; i--) {
    if (previousSources[i].name === null) continue;
    const p = paragraphAt(analysis, words, previousQuotes[i].content.start);
    if (paragraph - p <= CARRY_PARAGRAPHS) last = i;
    break;
  }
  const lastEnd = last === -1 ? -1 : previousQuotes[last].content.end;
  // Persons who were the subject of a sentence since then (outside what was quoted).
  const between = personStarts === null ? persons : persons.slice(countBelow(personStarts, lastEnd), countBelow(personStarts, start));
  const since = between.filter((p) => p.mention.start >= lastEnd && p.mention.end <= start && paragraph - p.paragraph <= CARRY_PARAGRAPHS && !inQuote(p.mention.start));
  // Persons with a name come before persons known only by a description ("een Argentijn").
  const named = since.filter((p) => p.mention.entity !== undefined && namedEntities.has(p.mention.entity));
  const lastNamedSubject = [...named].reverse().find((p) => p.subject);
  const lastSubject = [...since].reverse().find((p) => p.subject);
  if (last !== -1) {
    const source = previousSources[last];
    if (lastNamedSubject === undefined || lastNamedSubject.mention.entity === source.entity) return { ...source, span: source.span };
  }
  const pick = lastNamedSubject ?? named[named.length - 1] ?? lastSubject ?? since[since.length - 1];
  if (pick !== undefined) return sourceOfMention(analysis, pick.mention, entities);
  // At the start of a text: the subject of the sentence after the quote ("''. Theo de Rooij stond …").
  const after = (personStarts === null ? persons : persons.slice(countBelow(personStarts, candidate.content.end))).find((p) => p.mention.start >= candidate.content.end && p.paragraph === paragraph && p.subject);
  if (after !== undefined && last === -1 && since.length === 0) return sourceOfMention(analysis, after.mention, entities);
  return null;
}

/** What `carrySource` looks up for every quote: the person mentions, and (where in text order) their starts and the quotes' contents. */
interface CarryContext {
  readonly persons: readonly PersonMention[];
  /** `persons[i].mention.start`, when ascending (for binary searches); else null. */
  readonly personStarts: readonly number[] | null;
  /** The contents of all candidates, when they come in order of their start; else null. */
  readonly quoted: SpanIndex | null;
}

function isSorted(values: readonly number[]): boolean {
  for (let i = 1; i < values.length; i++) if (values[i] < values[i - 1]) return false;
  return true;
}

function paragraphAt(analysis: Analysis, words: Words, offset: number): number {
  const token = Math.min(firstTokenAt(words.tokens, offset), words.tokens.length - 1);
  return analysis.sentences[words.tokens[token].sentence].paragraph;
}

function sourceOfMention(analysis: Analysis, mention: Mention, entities: ReadonlyMap<string, Entity>): Source {
  const entity = mention.entity ? entities.get(mention.entity) : undefined;
  return {
    span: textSpan(analysis.text, mention.start, mention.end),
    name: entity?.name ?? mention.text,
    entity: entity?.id ?? null,
    role: entity?.role ?? null,
  };
}
