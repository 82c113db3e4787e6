import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyAnalysis } from '../../src/core/analysis.ts';
import type { Analysis, Lang, Quantity, Quote } from '../../src/core/types.ts';
import { findQuantities } from '../../src/extract/find-quantities.ts';
import { packs } from '../../src/lang/index.ts';

type Row = [string, Partial<Quantity>[]];

/** The quantities of `text` as [text, value, valueMax?, approx, unit] rows, run on the bare text (no other layers). */
function figures(text: string, lang: Lang, quotes: readonly Quote[] = []): Partial<Quantity>[] {
  const analysis: Analysis = { ...emptyAnalysis({ text, lang, meta: {} }), quotes };
  return findQuantities(analysis, { lang, pack: packs[lang] }).quantities.map((q) => ({
    text: q.text,
    value: q.value,
    ...(q.valueMax !== undefined ? { valueMax: q.valueMax } : {}),
    approx: q.approx,
    unit: q.unit,
  }));
}

const q = (text: string, value: number, approx: Quantity['approx'], unit: string | null, valueMax?: number): Partial<Quantity> => ({ text, value, ...(valueMax !== undefined ? { valueMax } : {}), approx, unit });

const dutch: Row[] = [
  // digits in the Dutch convention
  ['Er kwamen 20.000 betogers.', [q('20.000 betogers', 20000, 'exact', 'betogers')]],
  ['De rente steeg met 3,5 procent.', [q('3,5 procent', 3.5, 'exact', 'procent')]],
  ['Het kost 1,2 miljoen euro.', [q('1,2 miljoen euro', 1200000, 'exact', 'euro')]],
  ['Het kost € 5 miljoen.', [q('€ 5 miljoen', 5000000, 'exact', '€')]],
  ['Het won 40% van de stemmen.', [q('40%', 40, 'exact', '%')]],
  ['Ze is 1.89 meter lang.', [q('1.89 meter', 1.89, 'exact', 'meter')]],
  ['Hij loste de starter na 5 2/3 innings af.', [q('5 2/3 innings', 5.6667, 'exact', 'innings')]],
  ['Het bad (50-meter) gaat open.', [q('50-meter', 50, 'exact', 'meter')]],
  // number words
  ['Er waren tweeduizend soldaten.', [q('tweeduizend soldaten', 2000, 'exact', 'soldaten')]],
  ['Er waren twintigduizend soldaten.', [q('twintigduizend soldaten', 20000, 'exact', 'soldaten')]],
  ['Er waren drie miljoen kiezers.', [q('drie miljoen kiezers', 3000000, 'exact', 'kiezers')]],
  ['Er waren honderdvijftig gasten.', [q('honderdvijftig gasten', 150, 'exact', 'gasten')]],
  ['Er waren vijfenzeventig gasten.', [q('vijfenzeventig gasten', 75, 'exact', 'gasten')]],
  ['Hij wacht zes weken.', [q('zes weken', 6, 'exact', 'weken')]],
  ['Het duurde een half jaar.', [q('een half jaar', 0.5, 'exact', 'jaar')]],
  ['Een derde van de leden stemde tegen.', [q('Een derde', 0.3333, 'exact', null)]],
  ['Hij won de helft van de zetels.', [q('de helft', 0.5, 'exact', null)]],
  ['Nu valt meer dan een op de drie daders terug.', [q('meer dan een op de drie daders', 0.3333, 'more-than', 'daders')]],
  ['Er vluchtten honderden mensen.', [q('honderden mensen', 100, 'more-than', 'mensen')]],
  ['Hij was tientallen jaren de leider.', [q('tientallen jaren', 10, 'more-than', 'jaren')]],
  // approximators
  ['Er waren ruim tweeduizend manschappen.', [q('ruim tweeduizend manschappen', 2000, 'more-than', 'manschappen')]],
  ['Er waren bijna honderd gasten.', [q('bijna honderd gasten', 100, 'less-than', 'gasten')]],
  ["Er waren zo'n 300 gasten.", [q("zo'n 300 gasten", 300, 'about', 'gasten')]],
  ['Er waren ongeveer 650 politici.', [q('ongeveer 650 politici', 650, 'about', 'politici')]],
  ['Het kostte circa 164 miljoen gulden.', [q('circa 164 miljoen gulden', 164000000, 'about', 'gulden')]],
  ['Er waren minstens tien doden.', [q('minstens tien doden', 10, 'at-least', 'doden')]],
  ['Er mogen hooguit vijf spelers mee.', [q('hooguit vijf spelers', 5, 'at-most', 'spelers')]],
  ['Er kwamen meer dan 240 personen om.', [q('meer dan 240 personen', 240, 'more-than', 'personen')]],
  ['Hij wil binnen twee weken duidelijkheid.', [q('binnen twee weken', 2, 'at-most', 'weken')]],
  // ranges
  ['Het kost 10 à 15 euro.', [q('10 à 15 euro', 10, 'exact', 'euro', 15)]],
  ['Er komen tussen 10 en 20 gasten.', [q('tussen 10 en 20 gasten', 10, 'exact', 'gasten', 20)]],
  ['Er is plaats voor zestien tot twintig zwemmers.', [q('zestien tot twintig zwemmers', 16, 'exact', 'zwemmers', 20)]],
  // not quantities: dates, years, clock times, ages, ranks, scores, names
  ['Hij begint op 17 september.', []],
  ['In 1997 en 1998 reed hij voor Rabo.', []],
  ['Zijn album (1953) verkocht goed.', []],
  ['Het ongeluk gebeurde rond 22.30 uur.', []],
  ['Zij won met 3 - 2 van Ajax.', []],
  ['De 24-jarige Canas won.', []],
  ['Hij overleed op 77-jarige leeftijd.', []],
  ['Een hoogleraar (63) raakte gewond.', []],
  ['Ik was zestien.', []],
  ['Ik ben pas 25 jaar.', []],
  ['Hij is de nummer zeven van de wereld.', []],
  ['Hij werd 49ste in de stand.', []],
  ['De heksenjacht begon twee weken geleden.', []],
  ['Het EK begint over drie weken.', []],
  ['Ze liep de 100 meter in Hengelo.', []],
  ['Het akkoord van de Drie Koningen hield stand.', []],
  ['Na het goud in Sydney 2000 bleef het stil.', []],
  ['De file stond op de A12 bij Utrecht.', []],
  ['Het is één van zijn albums.', []],
  ['Nederland staat op drie uit vier.', []],
  ['Hij kwam om half zeven thuis.', []],
  ['Een derde meisje ontsnapte.', []],
  ['De beurs duurt van 11 tot 27 oktober.', []],
  ['Dat is wat men wenselijk acht.', []],
  ['Stort het op giro 1167453 ten name van de club.', []],
  // a sentence-initial "Eén" before an abstract noun is an emphatic article, not a count
  ['“Eén les uit het verleden is dat geduld loont”, zei ze.', []],
  ['Eén ding is zeker: de trainer blijft.', []],
  ['Eén deelnemer viel uit.', [q('Eén deelnemer', 1, 'exact', 'deelnemer')]],
  ['Hij kreeg maar één les van de trainer.', [q('één les', 1, 'exact', 'les')]],
  // more forms
  ['Ze vroegen een half miljoen subsidie.', [q('een half miljoen subsidie', 500000, 'exact', 'subsidie')]],
  ['Er komen 30 tot 36.000 bezoekers.', [q('30 tot 36.000 bezoekers', 30000, 'exact', 'bezoekers', 36000)]],
  // a range from nought: no thousands to carry (this looped for ever)
  ['Het gaat om 0 tot en met 8.000 fietsen.', [q('0 tot en met 8.000 fietsen', 0, 'exact', 'fietsen', 8000)]],
  ['De groei is 3 a 3,5 procent.', [q('3 a 3,5 procent', 3, 'exact', 'procent', 3.5)]],
  ['Het marktaandeel is 13 pct.', [q('13 pct', 13, 'exact', 'pct')]],
];

const english: Row[] = [
  ['About 20,000 people came.', [q('About 20,000 people', 20000, 'about', 'people')]],
  ['Growth was 3.5 percent.', [q('3.5 percent', 3.5, 'exact', 'percent')]],
  ['The deal is worth $2bn.', [q('$2bn', 2000000000, 'exact', '$')]],
  ['They hired two thousand workers.', [q('two thousand workers', 2000, 'exact', 'workers')]],
  ['They hired one hundred and fifty workers.', [q('one hundred and fifty workers', 150, 'exact', 'workers')]],
  ['Twenty-one people died.', [q('Twenty-one people', 21, 'exact', 'people')]],
  ['More than 300 people fled.', [q('More than 300 people', 300, 'more-than', 'people')]],
  ['Nearly 40% voted.', [q('Nearly 40%', 40, 'less-than', '%')]],
  ['At least six soldiers died.', [q('At least six soldiers', 6, 'at-least', 'soldiers')]],
  ['It costs 10 to 15 dollars.', [q('10 to 15 dollars', 10, 'exact', 'dollars', 15)]],
  ['Between 10 and 20 guests came.', [q('Between 10 and 20 guests', 10, 'exact', 'guests', 20)]],
  ['A third of the staff left.', [q('A third', 0.3333, 'exact', null)]],
  ['Hundreds of people fled.', [q('Hundreds', 100, 'more-than', null)]],
  ['It happened on 5 May 2021.', []],
  ['The 24-year-old won.', []],
  ['He was born in 1953.', []],
  ['They won 2-1 at home.', []],
  ['Friday, January 4, 2019\n\nNancy Pelosi was elected.', []],
  ['The bus overturned at around 15:00 local time.', []],
  ['The 1973 building collapsed.', []],
  ['They held hundreds of thousands of workers hostage.', [q('hundreds of thousands', 100000, 'more-than', null)]],
];

for (const [lang, rows] of [['nl', dutch], ['en', english]] as const) {
  for (const [text, expected] of rows) {
    test(`${lang} quantities: ${text}`, () => {
      assert.deepStrictEqual(figures(text, lang), expected);
    });
  }
}

const quote = (id: string, text: string, content: string, speakerName: string): Quote => {
  const start = text.indexOf(content);
  return { id, kind: 'indirect', content: { start, end: start + content.length, text: content }, cue: null, speaker: null, speakerName, speakerEntity: null, role: null, confidence: 1 };
};

test('a figure inside an attributed statement is the speaker’s; the writer’s insertion between dashes is not', () => {
  const text = 'De troepen van het verbond - een club van zes landen - zijn vertrokken met 2000 soldaten, zegt Jan Jansen. Er waren 12.000 arrestaties.';
  const content = 'De troepen van het verbond - een club van zes landen - zijn vertrokken met 2000 soldaten';
  const analysis: Analysis = { ...emptyAnalysis({ text, lang: 'nl', meta: {} }), quotes: [quote('q1', text, content, 'Jan Jansen')] };
  const result = findQuantities(analysis, { lang: 'nl', pack: packs.nl }).quantities.map((f) => [f.id, f.text, f.claimedBy, f.quote]);
  assert.deepStrictEqual(result, [
    ['f1', 'zes landen', null, null],
    ['f2', '2000 soldaten', 'Jan Jansen', 'q1'],
    ['f3', '12.000 arrestaties', null, null],
  ]);
});

test('every quantity span is a slice of the text', () => {
  const text = 'Ruim 20.000 mensen, zo’n 300 agenten en € 5 miljoen: tussen 10 en 20 procent.';
  const analysis = findQuantities(emptyAnalysis({ text, lang: 'nl', meta: {} }), { lang: 'nl', pack: packs.nl });
  assert.ok(analysis.quantities.length >= 3);
  for (const f of analysis.quantities) assert.equal(f.text, text.slice(f.start, f.end));
});
