import type { Analysis, Quote } from '../core/types.ts';

/** ANSI styles; all empty when colour is off. */
interface Palette {
  readonly bold: string;
  readonly dim: string;
  readonly quote: string;
  readonly reset: string;
}

const COLOUR: Palette = { bold: '\x1b[1m', dim: '\x1b[2m', quote: '\x1b[36m', reset: '\x1b[0m' };
const PLAIN: Palette = { bold: '', dim: '', quote: '', reset: '' };

/**
 * The readable view of an analysis for a terminal: the article with headings marked, then one
 * section per layer that has content ("who said what" first). Colour only when asked for.
 */
export function formatText(analysis: Analysis, options: { readonly colour?: boolean } = {}): string {
  const p = options.colour ? COLOUR : PLAIN;
  const out: string[] = [];
  const title = analysis.meta.title ?? analysis.meta.id ?? 'article';
  out.push(`${p.bold}${title}${p.reset} ${p.dim}(${analysis.lang}${analysis.meta.published ? `, ${analysis.meta.published}` : ''}; ${analysis.paragraphs.length} paragraphs, ${analysis.sentences.length} sentences, ${analysis.tokens.length} tokens)${p.reset}`, '');

  for (const paragraph of analysis.paragraphs) {
    const body = analysis.text.slice(paragraph.start, paragraph.end);
    out.push(paragraph.kind === 'heading' ? `${p.bold}## ${body}${p.reset}` : body, '');
  }

  if (analysis.quotes.length > 0) {
    out.push(`${p.bold}Who said what${p.reset}`);
    const bySpeaker = new Map<string, Quote[]>();
    for (const quote of analysis.quotes) {
      const key = quote.speakerName ?? '(unknown source)';
      bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), quote]);
    }
    for (const [speaker, quotes] of bySpeaker) {
      const role = quotes.find((q) => q.role)?.role;
      out.push(`  ${p.bold}${speaker}${p.reset}${role ? ` — ${role}` : ''}`);
      for (const quote of quotes) {
        const cue = quote.cue ? ` [${quote.cue.text}]` : '';
        out.push(`    ${quote.kind === 'direct' ? '“' : '~ '}${p.quote}${quote.content.text}${p.reset}${quote.kind === 'direct' ? '”' : ''}${p.dim}${cue} ${quote.confidence.toFixed(2)}${p.reset}`);
      }
    }
    out.push('');
  }

  const section = (heading: string, rows: readonly string[]): void => {
    if (rows.length === 0) return;
    out.push(`${p.bold}${heading}${p.reset}`, ...rows.map((row) => `  ${row}`), '');
  };
  section('Figures', analysis.quantities.map((q) => `${q.text} = ${q.valueMax !== undefined ? `${q.value}–${q.valueMax}` : q.value}${q.approx === 'exact' ? '' : ` (${q.approx})`}${q.unit ? ` ${q.unit}` : ''} ${p.dim}claimed by ${q.claimedBy ?? 'the writer'}${p.reset}`));
  section('Quoted terms', analysis.quotedTerms.map((t) => `${t.text} ${p.dim}${t.kind}${p.reset}`));
  section('Hedges', analysis.hedges.map((h) => `${h.text} ${p.dim}${h.kind}${p.reset}`));
  section('Times', analysis.times.map((t) => `${t.text} → ${t.value ?? '?'}${t.granularity ? ` ${p.dim}(${t.granularity})${p.reset}` : ''}`));
  const entityRows = analysis.entities.length > 0
    ? analysis.entities.map((e) => `${e.name} ${p.dim}${e.type}${e.aliases.length > 0 ? `, also ${e.aliases.join(', ')}` : ''}${p.reset}`)
    : analysis.mentions.map((m) => `${m.text} ${p.dim}${m.type}${p.reset}`);
  section('People, organisations, places', entityRows);
  section('Messages', analysis.messages.map((m) => `${m.severity} ${m.ruleId}: ${m.message}`));
  return out.join('\n');
}
