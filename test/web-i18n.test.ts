import { test } from 'node:test';
import assert from 'node:assert/strict';
import en from '../web/src/i18n/en.json' with { type: 'json' };
import nl from '../web/src/i18n/nl.json' with { type: 'json' };
import { chooseLocale, translator } from '../web/src/i18n/translate.ts';

test('Dutch and English interface strings have the same keys and the same placeholders', () => {
  assert.deepEqual(Object.keys(nl).sort(), Object.keys(en).sort());
  const placeholders = (catalogue: Record<string, string>) => Object.fromEntries(Object.entries(catalogue).map(([key, value]) => [key, [...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()]));
  assert.deepEqual(placeholders(nl), placeholders(en));
});

test('the interface language follows the browser; ?ui= overrides it', () => {
  const rows: Array<[string[], string | null, string]> = [
    [['nl-NL', 'en'], null, 'nl'],
    [['nl-BE'], null, 'nl'],
    [['de-DE', 'nl', 'en'], null, 'nl'],
    [['en-GB', 'nl'], null, 'en'],
    [['fr-FR'], null, 'en'],
    [[], null, 'en'],
    [['nl-NL'], 'en', 'en'],
    [['en-US'], 'nl', 'nl'],
    [['en-US'], 'xx', 'en'],
  ];
  for (const [languages, override, expected] of rows) assert.equal(chooseLocale(languages, override), expected, `${languages} ${override}`);
});

test('messages fill their placeholders', () => {
  assert.deepEqual(
    [translator('nl')('common.statements', { count: 3 }), translator('en')('title.figure', { value: '5', unit: ' euro', claimant: 'Jan' }), translator('en')('common.error')],
    ['3 uitspraken', 'figure 5 euro — claimed by Jan', 'Error: {message}'],
  );
});
