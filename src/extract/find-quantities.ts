import type { StageContext } from '../core/stage.ts';
import type { Analysis, Approx, Quantity, Token, Upos } from '../core/types.ts';
import type { ClaimsLexicon } from '../lang/claims-lexicon.ts';
import { attributeClaim } from './attribute-claim.ts';
import { nonQuantityReason, type NumberReading } from './judge-number-context.ts';
import { readNumberAt, type NumberCore } from './read-number.ts';
import { firstTokenAt } from './find-direct-quotes.ts';
import { readUnit } from './read-unit.ts';
import { isSentenceInitial } from './is-sentence-initial.ts';
import { matchesAt, matchesBefore, scanTextWords, type Word } from './scan-words.ts';

/**
 * The `quantities` stage: every figure in the text (a number in digits or words that counts or
 * measures something) with its value, approximator, range, unit, and who claims it — the
 * speaker of the attributed statement it stands in, else the writer (null).
 *
 * Propose, then refine: every number is read with what stands around it (currency sign,
 * approximator, range, unit), then `nonQuantityReason` drops dates, years, clock times, ages,
 * ranks, scores and numbers inside names. Ids are "f1", "f2", … in text order.
 */
export function findQuantities(analysis: Analysis, context: StageContext): Analysis {
  const lexicon = context.pack.claims;
  const text = analysis.text;
  const words = scanTextWords(analysis);
  const tagAt = tagLookup(analysis.tokens);
  const sentenceStarts = new Set(analysis.sentences.map((s) => s.start));
  const sentenceInitial = (index: number): boolean => isSentenceInitial(text, words, index, sentenceStarts);

  const quantities: Quantity[] = [];
  let i = 0;
  while (i < words.length) {
    const candidate = readQuantityAt(words, i, lexicon, tagAt);
    if (candidate === null) {
      i++;
      continue;
    }
    i = Math.max(i + 1, candidate.reading.end);
    if (nonQuantityReason(words, candidate.reading, lexicon, sentenceInitial) !== null) continue;
    const start = words[candidate.first].start;
    const end = words[candidate.reading.end - 1].end;
    const claim = attributeClaim(text, { start: words[candidate.reading.core.first].start, end }, analysis.quotes);
    quantities.push({
      id: `f${quantities.length + 1}`,
      start,
      end,
      text: text.slice(start, end),
      value: candidate.value,
      ...(candidate.valueMax !== null ? { valueMax: candidate.valueMax } : {}),
      approx: candidate.approx,
      unit: candidate.unit,
      claimedBy: claim.claimedBy,
      quote: claim.quote,
      confidence: confidenceOf(candidate.reading),
    });
  }
  return { ...analysis, quantities };
}

interface Candidate {
  /** First word of the whole figure (approximator or sign included). */
  readonly first: number;
  readonly reading: NumberReading;
  readonly value: number;
  readonly valueMax: number | null;
  readonly approx: Approx;
  readonly unit: string | null;
}

/** Reads the figure whose number starts at `words[at]`, with everything around it. */
function readQuantityAt(words: readonly Word[], at: number, lexicon: ClaimsLexicon, tagAt: (word: Word) => Upos | undefined): Candidate | null {
  const core = readNumberAt(words, at, lexicon);
  if (core === null) return null;
  let first = core.first;
  let end = core.end;
  let valueMax: number | null = null;
  let lowValue = core.value;

  // A range: "10 à 15", "zestien tot twintig", "tussen 10 en 20", "10 to 15".
  const between = words[core.first - 1]?.lower === lexicon.approximators.rangeOpen && matchesAt(words, core.end, [lexicon.approximators.rangeAnd]);
  const joiners = between ? [[lexicon.approximators.rangeAnd]] : lexicon.approximators.rangeJoiners;
  for (const joiner of joiners) {
    if (!matchesAt(words, core.end, joiner)) continue;
    const second = readNumberAt(words, core.end + joiner.length, lexicon);
    if (second === null || second.value <= core.value || second.excluded !== null) continue;
    const dash = joiner.length === 1 && (joiner[0] === '-' || joiner[0] === '–');
    if (dash && readUnit(words, second.end, lexicon, tagAt) === null && second.gluedUnit === null) continue;
    // "30 tot 36.000": the first end carries the second's thousands ("0 tot 8.000" starts at nought).
    let low = core.value;
    while (low > 0 && second.value / low >= 100 && low * 1000 <= second.value && /[.,]\d{3}$|\p{L}/u.test(words[second.end - 1].text)) low *= 1000;
    lowValue = low;
    valueMax = second.value;
    end = second.end;
    if (between) first = core.first - 1;
    break;
  }

  // A currency sign before the number: "€ 5 miljoen", "$2bn".
  let unit: string | null = null;
  let unitKind: NumberReading['unitKind'] = null;
  let unitWord: Word | null = null;
  const sign = words[first - 1];
  if (sign !== undefined && lexicon.units.currencySigns.has(sign.text)) {
    first -= 1;
    unit = sign.text;
    unitKind = 'currency';
  }

  let approx: Approx | null = null;
  for (const phrase of lexicon.approximators.before) {
    if (matchesBefore(words, first, phrase.words)) {
      approx = phrase.value;
      first -= phrase.words.length;
      break;
    }
  }

  if (core.gluedUnit !== null && valueMax === null) {
    unit = core.gluedUnit.text;
    unitKind = 'glued';
    unitWord = core.gluedUnit;
  } else {
    const read = readUnit(words, end, lexicon, tagAt);
    if (read !== null) {
      unitWord = words[read.first];
      if (unit === null) {
        unit = words.slice(read.first, read.end).map((w) => w.text).join(' ');
        unitKind = read.kind;
      }
      end = read.end;
    }
  }

  for (const phrase of lexicon.approximators.after) {
    if (matchesAt(words, end, phrase.words)) {
      approx ??= phrase.value;
      end += phrase.words.length;
      break;
    }
  }

  const reading: NumberReading = { core, end, unitWord, unitKind, approximated: approx !== null, ranged: valueMax !== null };
  return { first, reading, value: lowValue, valueMax, approx: approx ?? core.approx ?? 'exact', unit };
}

function confidenceOf(reading: NumberReading): number {
  const base: Record<NumberCore['form'], number> = { digits: 0.9, words: 0.8, fraction: 0.8, vague: 0.6 };
  return reading.unitKind === null ? base[reading.core.form] - 0.1 : base[reading.core.form];
}

/** The POS tag of the token that starts where a word starts, when the tag stage has run. */
function tagLookup(tokens: readonly Token[]): (word: Word) => Upos | undefined {
  if (tokens.length === 0 || tokens.every((t) => t.upos === undefined)) return () => undefined;
  // The tag of the (last) token that starts where the word starts: tokens are in text order.
  return (word) => {
    const last = firstTokenAt(tokens, word.start + 1) - 1;
    return last >= 0 && tokens[last].start === word.start ? tokens[last].upos : undefined;
  };
}
