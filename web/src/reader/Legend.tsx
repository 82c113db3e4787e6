import type { MessageKey, Translate } from '../i18n/translate.ts';

const ROWS: ReadonlyArray<{ readonly key: MessageKey; readonly sample: string; readonly classes: string }> = [
  { key: 'legend.quote', sample: '1', classes: 'm-quote s0 q-first legend-quote' },
  { key: 'legend.speaker', sample: 'Jansen', classes: 'm-speaker' },
  { key: 'legend.cue', sample: 'zei', classes: 'm-cue' },
  { key: 'legend.PER', sample: 'Anna', classes: 'm-ent ent-PER' },
  { key: 'legend.ORG', sample: 'NOS', classes: 'm-ent ent-ORG' },
  { key: 'legend.LOC', sample: 'Gent', classes: 'm-ent ent-LOC' },
  { key: 'legend.MISC', sample: 'Euro', classes: 'm-ent ent-MISC' },
  { key: 'legend.figure', sample: '40%', classes: 'm-fig' },
  { key: 'legend.term', sample: '‘x’', classes: 'm-term term-scare' },
  { key: 'legend.hedge', sample: 'zou', classes: 'm-hedge' },
  { key: 'legend.time', sample: '9:00', classes: 'm-time' },
];

/** What each mark in the reader means; every mark differs in shape as well as colour. */
export function Legend({ t }: { readonly t: Translate }) {
  return (
    <details class="legend" open>
      <summary>{t('reader.legend')}</summary>
      <ul>
        {ROWS.map((row) => (
          <li key={row.key}>
            <span class={`legend-sample ${row.classes}`} data-badge={row.key === 'legend.quote' ? '1' : undefined}>
              {row.key === 'legend.quote' ? 'abc' : row.sample}
            </span>
            <span>{t(row.key)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
