import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPage, PageError } from '../../src/ingest/extract-page.ts';
import { ROOT } from '../helpers/shared-data.ts';

const page = (name: string): string => readFileSync(join(ROOT, 'test', 'fixtures', 'pages', name), 'utf8');

// Pages we wrote, each naming its metadata another way; the main text keeps its paragraphs
// and leaves out the menu, the footer and the form.
const rows: Array<[string, ReturnType<typeof extractPage>]> = [
  [
    'og-tags.html',
    {
      text: 'De staking in de haven van Rotterdam gaat een tweede week in. Volgens de vakbond leggen ruim 2000 havenwerkers het werk neer.\n\n' +
        '"We gaan door tot er een akkoord ligt", zei vakbondsleider Jan de Vries dinsdag.\n\n' +
        'De werkgevers noemen het eisenpakket "onbetaalbaar" en willen opnieuw praten.',
      meta: {
        title: 'Havenstaking duurt voort',
        author: 'Mirjam Schrijver',
        published: '2026-03-10T08:30:00+01:00',
        outlet: 'Het Havenblad',
        url: 'https://havenblad.example/2026/03/10/staking',
      },
      lang: 'nl',
    },
  ],
  [
    'json-ld.html',
    {
      text: 'The opening of the new bridge over the river has been delayed until the autumn, the city council said on Thursday.\n\n' +
        '"The steel arrived three months late," said alderman Maria Jansen. The council expects the cost to rise by 40 percent.',
      meta: {
        title: 'Bridge opening delayed again',
        author: 'Sam Writer, Alex Editor',
        published: '2026-04-02',
        outlet: 'The Riverside Courier',
        url: 'https://courier.example/bridge',
      },
      lang: 'en',
    },
  ],
  [
    'plain-meta.html',
    {
      text: 'De gemeenteraad stelt het besluit over de nieuwe sporthal uit tot na de zomer. Wethouder Bakker zei dat eerst de kosten opnieuw worden berekend.\n' +
        'Die kosten zouden volgens ingewijden zijn opgelopen tot 8 miljoen euro.\n\n' +
        'De oppositie spreekt van "een gemiste kans" voor de wijk.',
      meta: { title: 'Gemeente stelt besluit uit', author: 'Redactie Binnenland', published: '2026-05-20', outlet: 'Dagblad Zuid', url: 'https://zuid.example/besluit' },
    },
  ],
];

for (const [name, expected] of rows) {
  test(`extractPage: main text and metadata of ${name}`, () => {
    assert.deepEqual(extractPage(page(name)), expected);
  });
}

const bad: Array<[string, string, string]> = [
  ['a login page without an article', page('no-article.html'), 'html-no-article'],
  ['no tags at all', 'just some words, no markup', 'html-invalid'],
  ['an empty body', '<html><body></body></html>', 'html-no-article'],
];
for (const [label, html, ruleId] of bad) {
  test(`extractPage refuses ${label}`, () => {
    assert.throws(() => extractPage(html), (error: unknown) => error instanceof PageError && error.ruleId === ruleId);
  });
}
