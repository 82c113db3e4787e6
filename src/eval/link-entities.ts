import type { Lang } from '../core/types.ts';
import { emptyAnalysis } from '../core/analysis.ts';
import { packs } from '../lang/index.ts';
import { clusterMentions } from '../link/cluster-mentions.ts';
import { parseConllu } from './conllu.ts';
import { readCorefNames, type CorefDocument } from './read-coref-names.ts';
import { readConll2012Names } from './read-conll2012-names.ts';
import { goldFiles, readGoldText } from './read-gold.ts';
import { prf, type EvalOptions, type EvalResult, type EvalTask } from './task.ts';
import { langOfGoldFile } from './lang-of-gold-file.ts';

/**
 * `zegsman eval link-entities`: how well the `link-entities` stage puts an article's name
 * mentions of people, organisations and places into entities, against the coreference of
 * CoNLL-U gold that marks it as GUM does (`Entity=`), or of CoNLL-2012 files with entity and
 * coreference columns (`.conll`, OpenBoek's Dutch novels). The gold mentions and types go in (so
 * only the linking is scored); scored are the pairs of mentions of one document that the gold
 * puts in one entity (pairwise precision, recall, F1), next to a baseline that links equal
 * strings only. Errors list the pairs wrongly joined and wrongly kept apart.
 */
export interface LinkError {
  readonly document: string;
  readonly kind: 'joined' | 'apart';
  readonly a: string;
  readonly b: string;
}

interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

export function scoreLinking(docs: readonly CorefDocument[], maxErrors = 0) {
  const stage: Counts = { tp: 0, predicted: 0, gold: 0 };
  const baseline: Counts = { tp: 0, predicted: 0, gold: 0 };
  const errors: LinkError[] = [];
  let mentions = 0;
  let seconds = 0;
  for (const doc of docs) {
    const started = performance.now();
    const linked = clusterMentions({ ...emptyAnalysis({ text: doc.text, lang: doc.lang, meta: {} }), mentions: doc.mentions }, { lang: doc.lang, pack: packs[doc.lang] });
    seconds += (performance.now() - started) / 1000;
    const entityOf = new Map(linked.mentions.map((m) => [m.id, m.entity]));
    const ms = doc.mentions;
    mentions += ms.length;
    for (let i = 0; i < ms.length; i++) {
      for (let j = i + 1; j < ms.length; j++) {
        const gold = doc.gold.get(ms[i].id) === doc.gold.get(ms[j].id);
        const ei = entityOf.get(ms[i].id);
        const predicted = ei !== undefined && ei === entityOf.get(ms[j].id);
        const same = ms[i].type === ms[j].type && ms[i].text.toLowerCase() === ms[j].text.toLowerCase();
        count(stage, gold, predicted);
        count(baseline, gold, same);
        if (gold !== predicted && errors.length < maxErrors && ms[i].text !== ms[j].text) {
          errors.push({ document: doc.id, kind: predicted ? 'joined' : 'apart', a: ms[i].text, b: ms[j].text });
        }
      }
    }
  }
  return {
    metrics: {
      documents: docs.length,
      mentions,
      goldPairs: stage.gold,
      ...prf(stage.tp, stage.predicted, stage.gold),
      baselineEqualStrings: prf(baseline.tp, baseline.predicted, baseline.gold),
      mentionsPerSecond: seconds === 0 ? 0 : Math.round(mentions / seconds),
    },
    errors,
  };
}

function count(counts: Counts, gold: boolean, predicted: boolean): void {
  if (gold) counts.gold++;
  if (predicted) counts.predicted++;
  if (gold && predicted) counts.tp++;
}

export const linkEntitiesTask: EvalTask = {
  name: 'link-entities',
  description: 'name mentions linked into entities within a document, against coreference gold (GUM CoNLL-U Entity=, CoNLL-2012): pairwise P/R/F1',
  run(gold: string, options: EvalOptions): EvalResult {
    const files = goldFiles(gold, (name) => /\.conllu?(\.gz)?$/.test(name));
    const lang = langOfGoldFile(files[0], options.lang);
    const docs = files.flatMap((file) => /\.conllu(\.gz)?$/.test(file)
      ? readCorefNames(parseConllu(readGoldText(file), file), lang)
      : readConll2012Names(readGoldText(file), lang, file));
    if (docs.length === 0) throw new Error(`${gold}: no name mentions with coreference (Entity=) in the gold data`);
    const { metrics, errors } = scoreLinking(docs, options.errors ?? 0);
    return { task: 'link-entities', gold, metrics: { lang, ...metrics }, ...(errors.length > 0 ? { errors } : {}) };
  },
  format(result: EvalResult): string {
    const m = result.metrics as ReturnType<typeof scoreLinking>['metrics'] & { lang: Lang };
    const pct = (x: number): string => `${(x * 100).toFixed(2)} %`;
    const lines = [
      `link-entities (${m.lang}) on ${result.gold}: ${m.documents} documents, ${m.mentions} name mentions, ${m.goldPairs} gold pairs`,
      `  link-entities    P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${pct(m.f1)}`,
      `  equal strings    P ${pct(m.baselineEqualStrings.precision)}  R ${pct(m.baselineEqualStrings.recall)}  F1 ${pct(m.baselineEqualStrings.f1)}`,
      `  speed ${m.mentionsPerSecond.toLocaleString('en')} mentions/s (linking only)`,
    ];
    for (const e of (result.errors ?? []) as LinkError[]) lines.push(`  ${e.kind === 'joined' ? 'wrongly joined' : 'kept apart   '}  ${e.a}  /  ${e.b}  (${e.document})`);
    return lines.join('\n');
  },
};
