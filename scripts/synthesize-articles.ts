/**
 * Synthetic articles with every layer the reader draws, for the reader and corpus-API benchmarks.
 * The sentences are our own (fictional people and places); the layers are built together with
 * the text, so every offset is right by construction. Deterministic for a given seed.
 */
import { emptyAnalysis } from '../src/core/analysis.ts';
import type { Analysis, Hedge, Mention, Paragraph, Quantity, Quote, QuotedTerm, TextSpan, TimeExpr } from '../src/core/types.ts';
import { seededRandom } from '../src/model/seeded-random.ts';

const FIRST = ['Anna', 'Karel', 'Fatima', 'Jan', 'Sanne', 'Pieter', 'Noor', 'Ahmed', 'Lotte', 'Bram', 'Yara', 'Daan', 'Mila', 'Sem', 'Eva', 'Luuk', 'Zoë', 'Thijs', 'Iris', 'Ruben'];
const LAST = ['Smit', 'Bos', 'El Amrani', 'de Vries', 'Visser', 'Jansen', 'Bakker', 'Mulder', 'de Boer', 'Peters', 'Hendriks', 'Dekker', 'Brouwer', 'van Dijk', 'Kok', 'Vos', 'Postma', 'Kuipers', 'Veenstra', 'Jacobs'];
const ROLES = ['dijkgraaf', 'wethouder', 'woordvoerder', 'minister', 'directeur', 'bewoonster', 'econoom', 'burgemeester'];
const PLACES = ['Oosterwold', 'Gouda', 'Zandhoven', 'Lindenburg', 'Westerdam', 'Hoogveen'];
const ORGS = ['het waterschap', 'de provincie', 'de vakbond', 'het ministerie', 'de gemeente'];
const UNITS = ['euro', 'woningen', 'bezoekers', 'banen', 'procent'];
const TERMS = ['paniekvoetbal', 'noodplan', 'tijdelijke oplossing', 'experiment'];
const DAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag'];
export const OUTLETS = ['De Voorbeeldkrant', 'Het Proefblad', 'Dagblad Fictief', 'Testomroep', 'Weekblad Model', 'The Sample Herald', 'Mock Times', 'Regio Voorbeeld'];

/** Builds the text and its layers together, one appended piece at a time. */
class ArticleBuilder {
  text = '';
  readonly paragraphs: Paragraph[] = [];
  readonly mentions: Mention[] = [];
  readonly quotes: Quote[] = [];
  readonly quantities: Quantity[] = [];
  readonly quotedTerms: QuotedTerm[] = [];
  readonly hedges: Hedge[] = [];
  readonly times: TimeExpr[] = [];
  private paragraphStart = 0;

  add(piece: string): TextSpan {
    const start = this.text.length;
    this.text += piece;
    return { start, end: this.text.length, text: piece };
  }
  person(name: string): TextSpan {
    const span = this.add(name);
    this.mentions.push({ ...span, id: `m${this.mentions.length + 1}`, type: 'PER', confidence: 0.9 });
    return span;
  }
  org(name: string): TextSpan {
    const span = this.add(name);
    this.mentions.push({ ...span, id: `m${this.mentions.length + 1}`, type: 'ORG', confidence: 0.8 });
    return span;
  }
  place(name: string): void {
    const span = this.add(name);
    this.mentions.push({ ...span, id: `m${this.mentions.length + 1}`, type: 'LOC', confidence: 0.9 });
  }
  endParagraph(kind: Paragraph['kind'] = 'paragraph'): void {
    this.paragraphs.push({ start: this.paragraphStart, end: this.text.length, kind });
    this.text += '\n\n';
    this.paragraphStart = this.text.length;
  }
}

/** One article of about `words` words (±5 %), Dutch, with quotes, figures, hedges, terms and times. */
export function synthesizeArticle(seed: number, words = 2000, published = '2026-02-03'): Analysis {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const b = new ArticleBuilder();
  const cast = Array.from({ length: 6 }, () => ({ name: `${pick(FIRST)} ${pick(LAST)}`, role: pick(ROLES) }));
  b.add(`Nieuws uit ${pick(PLACES)} en omgeving`);
  b.endParagraph('heading');
  while (b.text.split(/\s+/).length < words) {
    const who = pick(cast);
    // direct quote with cue and speaker
    b.add('„');
    const content1 = b.add(`We moeten nu handelen, want de situatie in ${pick(PLACES)} wordt elke week ernstiger`);
    b.add('”, ');
    const cue1 = b.add('zei');
    b.add(` ${who.role} `);
    const speaker1 = b.person(who.name);
    b.add(' ');
    const day = b.add(pick(DAYS));
    b.times.push({ ...day, value: published, granularity: 'day' });
    b.add(' in ');
    b.place(pick(PLACES));
    b.add('. ');
    b.quotes.push({ id: `q${b.quotes.length + 1}`, kind: 'direct', content: content1, cue: cue1, speaker: speaker1, speakerName: who.name, speakerEntity: null, role: who.role, confidence: 0.9 });
    // indirect quote with a figure
    const cue2 = b.add('Volgens');
    b.add(' ');
    const org = pick(ORGS);
    const speaker2 = b.org(org);
    b.add(' ');
    const contentStart = b.text.length;
    b.add('kost het plan ');
    const value = Math.round(random() * 90 + 10);
    const unit = pick(UNITS);
    const figure = b.add(`ruim ${value} miljoen ${unit}`);
    const content2 = { start: contentStart, end: b.text.length, text: b.text.slice(contentStart) };
    b.add('. ');
    const q2 = `q${b.quotes.length + 1}`;
    b.quotes.push({ id: q2, kind: 'indirect', content: content2, cue: cue2, speaker: speaker2, speakerName: org, speakerEntity: null, role: null, confidence: 0.7 });
    b.quantities.push({ ...figure, value: value * 1_000_000, approx: 'more-than', unit, claimedBy: org, quote: q2, confidence: 0.9 });
    b.add('Critici spreken van ');
    const term = b.add(`‘${pick(TERMS)}’`);
    b.quotedTerms.push({ ...term, kind: 'scare', confidence: 0.8 });
    b.add('. De bewoners in de wijk zijn ongerust en willen vooral weten wanneer er duidelijkheid komt over de plannen en de kosten. ');
    b.endParagraph();
    const other = pick(cast);
    const content3Start = b.text.length;
    b.add('Het plan ');
    const hedge = b.add('zou mogelijk');
    b.add(' te duur zijn voor een gemeente van deze omvang');
    const content3 = { start: content3Start, end: b.text.length, text: b.text.slice(content3Start) };
    b.add(', ');
    const cue3 = b.add('aldus');
    b.add(` ${other.role} `);
    const speaker3 = b.person(other.name);
    b.add('. Zij wil dat de raad het voorstel volgende maand opnieuw bespreekt, met nieuwe cijfers op tafel en een onafhankelijke toets door deskundigen. ');
    const q3 = `q${b.quotes.length + 1}`;
    b.quotes.push({ id: q3, kind: 'indirect', content: content3, cue: cue3, speaker: speaker3, speakerName: other.name, speakerEntity: null, role: other.role, confidence: 0.8 });
    b.hedges.push({ ...hedge, kind: 'uncertain', sentence: 0, covers: [q3] });
    b.endParagraph();
  }
  const text = b.text.trimEnd();
  return {
    ...emptyAnalysis({ text, lang: 'nl', meta: { title: `Synthetisch artikel ${seed}`, published, outlet: OUTLETS[seed % OUTLETS.length] } }),
    paragraphs: b.paragraphs,
    mentions: b.mentions,
    quotes: b.quotes,
    quantities: b.quantities,
    quotedTerms: b.quotedTerms,
    hedges: b.hedges,
    times: b.times,
  };
}
