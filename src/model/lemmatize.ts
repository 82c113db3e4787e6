import type { Upos } from '../core/types.ts';
import type { LemmaRule, LemmaRules } from '../lang/lemma-rules.ts';
import { normaliseWord } from './normalise-word.ts';
import type { PosLexicon } from './pos-lexicon.ts';
import { UPOS_TAGS, uposIndex } from './upos-tags.ts';

/**
 * Lemmas: what the training data says first, the language's rules (`lang/<code>/lemma-rules.json`)
 * for the rest. For one word with its tag, in this order:
 *
 * 1. the lexicon, for the form as written, then in lower case (sentence-initial "Zegt");
 * 2. tags that keep their form (names, punctuation) stop here, after their own rules ("Morgan's");
 * 3. a hyphenated word: its parts, lemmatised, joined ("kaarten-klassement" → "kaartklassement");
 * 4. a compound ending in a known word: modifier + that word's lemma ("oorlogssoldaten" →
 *    "oorlogsoldaat", dropping the linking "s" as the Dutch treebanks do; "meegedaan" → "meedoen");
 * 5. a past participle: particle + prefix + stem + ending ("aangekondigd" → "aankondigen");
 * 6. the suffix rules of the tag ("soldaten" → "soldaat", "verklaarde" → "verklaren").
 *
 * For a sentence, a verb whose particle stands apart later in the clause gets it in front
 * ("stelde … voor" → "voorstellen") when the training data knows that verb.
 * Case is kept except at the start of a sentence (unknown words: "Aristoteliaanse" → "Aristoteliaans").
 */
export class Lemmatizer {
  readonly lexicon: PosLexicon;
  readonly rules: LemmaRules | null;
  private readonly verbLemmas: ReadonlySet<string>;
  private readonly particles: ReadonlySet<string>;
  /** Lemmas already guessed for unknown words, by tag and form (cleared when it grows large). */
  private readonly guessed = new Map<string, string>();

  constructor(lexicon: PosLexicon, rules: LemmaRules | null = null) {
    this.lexicon = lexicon;
    this.rules = rules;
    this.verbLemmas = lexicon.lemmasOfTag(uposIndex('VERB'));
    this.particles = new Set(rules?.particles ?? []);
  }

  /** The lemma of `form` tagged with class `tag` (index into `UPOS_TAGS`); `initial`: first word of its sentence. */
  lemma(form: string, tag: number, initial = false): string {
    const known = this.lexicon.lemma(form, tag);
    if (known !== undefined) return known;
    const lower = form.toLowerCase();
    if (lower !== form) {
      const knownLower = this.lexicon.lemma(lower, tag);
      if (knownLower !== undefined) return knownLower;
    }
    const rules = this.rules;
    const upos = UPOS_TAGS[tag];
    if (rules === null) return upos === 'PROPN' ? form : lower;
    if (rules.keepForm.has(upos)) {
      let written = initial && upos !== 'PROPN' ? lower : form;
      if (upos === 'PROPN' && rules.capitaliseNames && written === lower && /^\p{L}{3,}$/u.test(written)) written = capitalise(written);
      return this.applyTagRules(written, lower, upos) ?? written;
    }
    const base = initial || !rules.keepCase ? lower : form;
    const key = `${tag} ${base}`;
    const cached = this.guessed.get(key);
    if (cached !== undefined) return cached;
    const lemma = this.guess(base, lower, upos, tag) ?? base;
    if (this.guessed.size >= 100_000) this.guessed.clear();
    this.guessed.set(key, lemma);
    return lemma;
  }

  /** The lemmas of a tagged sentence, with separated verb particles attached. */
  lemmatise(words: readonly string[], tags: ArrayLike<number>): string[] {
    return this.attachParticles(words, tags, words.map((word, i) => this.lemma(word, tags[i], i === 0)));
  }

  /** The second step of `lemmatise`: `lemmas` (each word's `lemma`) with separated verb particles put in front of their verbs' lemmas, in place. */
  attachParticles(words: readonly string[], tags: ArrayLike<number>, lemmas: string[]): string[] {
    if (this.particles.size === 0) return lemmas;
    const verb = uposIndex('VERB');
    for (let i = 0; i < words.length; i++) {
      if (tags[i] !== verb) continue;
      const particle = this.separatedParticle(words, tags, i);
      if (particle !== null && this.verbLemmas.has(particle + lemmas[i])) lemmas[i] = particle + lemmas[i];
    }
    return lemmas;
  }

  /** A particle later in the clause of verb i, standing at the end of the clause or before its verb cluster. */
  private separatedParticle(words: readonly string[], tags: ArrayLike<number>, i: number): string | null {
    for (let j = i + 1; j < words.length; j++) {
      const upos = UPOS_TAGS[tags[j]];
      if (upos === 'PUNCT' || upos === 'SCONJ' || upos === 'CCONJ') return null;
      if (upos === 'VERB' || upos === 'AUX') return null;
      const lower = words[j].toLowerCase();
      if ((upos === 'ADP' || upos === 'ADV') && this.particles.has(lower)) {
        const next = j + 1 < words.length ? UPOS_TAGS[tags[j + 1]] : 'PUNCT';
        if (next === 'PUNCT' || next === 'VERB' || next === 'AUX' || next === 'SCONJ' || next === 'CCONJ') return lower;
      }
    }
    return null;
  }

  /** Steps 3–6 for a word the lexicon does not know. */
  private guess(base: string, lower: string, upos: Upos, tag: number): string | null {
    const rules = this.rules as LemmaRules;
    const compounds = rules.compounds;
    if (compounds !== null && compounds.tags.has(upos)) {
      if (lower.length > 2 && lower.includes('-') && !lower.startsWith('-') && !lower.endsWith('-')) {
        const hyphen = base.lastIndexOf('-');
        const head = base.slice(hyphen + 1);
        const headLemma = this.lemma(head, tag) ;
        const modifiers = base.slice(0, hyphen).split('-').map((m) => this.modifierLemma(m, upos));
        return modifiers.join('') + headLemma;
      }
      const split = this.compoundLemma(base, lower, upos, tag);
      if (split !== null) return split;
    }
    const participle = rules.participle;
    if (participle !== null && participle.tags.has(upos)) {
      const found = this.participleLemma(base, lower);
      if (found !== null) return found;
    }
    return this.applyTagRules(base, lower, upos);
  }

  /** A compound whose last part the lexicon knows under the same tag: the longest such part wins. */
  private compoundLemma(base: string, lower: string, upos: Upos, tag: number): string | null {
    const c = (this.rules as LemmaRules).compounds;
    if (c === null) return null;
    if (c.particleTags.has(upos)) {
      for (const particle of (this.rules as LemmaRules).particles) {
        if (!lower.startsWith(particle) || lower.length - particle.length < c.minHead) continue;
        const headLemma = this.lexicon.lemma(lower.slice(particle.length), tag);
        if (headLemma !== undefined) return keepCase(base, particle) + headLemma;
      }
      return null;
    }
    for (let k = c.minModifier; k <= lower.length - c.minHead; k++) {
      const headLemma = this.lexicon.lemma(lower.slice(k), tag);
      if (headLemma !== undefined && this.isWordLike(lower.slice(0, k), 1)) return this.modifierLemma(base.slice(0, k), upos) + headLemma;
    }
    return null;
  }

  /** Whether a modifier is a known word, perhaps with a linking letter, or (`depth` > 0) two of them. */
  private isWordLike(lower: string, depth: number): boolean {
    const c = (this.rules as LemmaRules).compounds;
    if (c === null) return false;
    if (this.lexicon.has(normaliseWord(lower))) return true;
    for (const link of c.linking) {
      if (lower.endsWith(link) && lower.length - link.length >= c.minModifier && this.lexicon.has(normaliseWord(lower.slice(0, -link.length)))) return true;
    }
    if (depth === 0) return false;
    for (let k = c.minModifier; k <= lower.length - c.minModifier; k++) {
      if (this.lexicon.has(normaliseWord(lower.slice(0, k))) && this.isWordLike(lower.slice(k), depth - 1)) return true;
    }
    return false;
  }

  /** The first part of a compound as the treebanks write it in a lemma: lemmatised, without a linking letter. */
  private modifierLemma(modifier: string, upos: Upos): string {
    const c = (this.rules as LemmaRules).compounds;
    if (c === null || !c.lemmatiseModifiers.has(upos)) return modifier;
    const noun = uposIndex('NOUN');
    const lower = modifier.toLowerCase();
    const asNoun = this.lexicon.lemma(lower, noun);
    if (asNoun !== undefined) return keepCase(modifier, asNoun);
    for (const link of c.linking) {
      if (!lower.endsWith(link) || lower.length - link.length < 2) continue;
      const stem = lower.slice(0, -link.length);
      const lemma = this.lexicon.lemma(stem, noun);
      if (lemma !== undefined) return keepCase(modifier, lemma);
    }
    return modifier;
  }

  /** particle? + prefix + stem + ending → particle + infinitive. */
  private participleLemma(base: string, lower: string): string | null {
    const p = (this.rules as LemmaRules).participle;
    if (p === null) return null;
    const candidates = ['', ...(this.rules as LemmaRules).particles];
    for (const particle of candidates) {
      if (!lower.startsWith(particle + p.prefix)) continue;
      let rest = lower.slice(particle.length + p.prefix.length);
      if (rest.length < 3) continue;
      if (rest.charAt(0) === 'ë' || rest.charAt(0) === 'ï') rest = (rest.charAt(0) === 'ë' ? 'e' : 'i') + rest.slice(1);
      const lemma = this.applyList(rest, rest, p.endings, 1);
      if (lemma !== null) return keepCase(base.slice(0, particle.length), particle) + lemma;
    }
    return null;
  }

  private applyTagRules(base: string, lower: string, upos: Upos): string | null {
    const rules = this.rules as LemmaRules;
    const list = rules.rules.get(upos);
    return list === undefined ? null : this.applyList(base, lower, list, rules.minLemma);
  }

  /** The first rule of `list` that matches the end of `lower`, applied; case of the kept part from `base`. */
  private applyList(base: string, lower: string, list: readonly LemmaRule[], minLemma: number): string | null {
    const keep = base.length === lower.length ? base : lower;
    for (const rule of list) {
      const m = rule.pattern.exec(lower);
      if (m === null) continue;
      let replacement = '';
      for (const ch of rule.replacement) replacement += ch >= '1' && ch <= '9' ? m[Number(ch)] ?? '' : ch;
      let lemma: string;
      if (replacement.endsWith('>')) {
        const stem = lower.slice(0, m.index) + replacement.slice(0, -1);
        const infinitive = this.applyList(stem, stem, (this.rules as LemmaRules).stems, 1) ?? stem;
        const kept = Math.min(m.index, infinitive.length);
        lemma = keep.slice(0, kept) + infinitive.slice(kept);
      } else {
        lemma = keep.slice(0, m.index) + replacement;
      }
      if (lemma.length >= minLemma) return lemma;
    }
    return null;
  }
}

/** `lemma` with the capital of `written` where both start with the same letter. */
function keepCase(written: string, lemma: string): string {
  if (written === '' || lemma === '') return lemma;
  const first = written.charAt(0);
  return first !== first.toLowerCase() && lemma.charAt(0) === first.toLowerCase() ? first + lemma.slice(1) : lemma;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
