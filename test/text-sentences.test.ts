import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/pipeline.ts';
import type { Lang } from '../src/core/types.ts';

function sentences(text: string, lang: Lang): string[] {
  const analysis = analyze(text, {}, { lang, until: 'sentences' });
  return analysis.sentences.map((s) => text.slice(s.start, s.end));
}

const rows: Array<[string, Lang, string, string[]]> = [
  // Dutch
  ['two plain sentences', 'nl', 'De raad stemde in. Het college is blij.', ['De raad stemde in.', 'Het college is blij.']],
  ['question and exclamation', 'nl', 'Komt hij? Nee! Dan maar morgen.', ['Komt hij?', 'Nee!', 'Dan maar morgen.']],
  ['abbreviations do not end a sentence', 'nl', 'Volgens dr. De Boer gaat het o.a. om geld, d.w.z. subsidie. Bijv. voor de bieb.', ['Volgens dr. De Boer gaat het o.a. om geld, d.w.z. subsidie.', 'Bijv. voor de bieb.']],
  ['numbers do not end a sentence', 'nl', 'Er kwamen 20.000 mensen, 3,5 procent meer. Om 22.30 uur was het voorbij.', ['Er kwamen 20.000 mensen, 3,5 procent meer.', 'Om 22.30 uur was het voorbij.']],
  ['initials do not end a sentence', 'nl', 'Minister S. Jansen sprak met J.F. de Wit. Daarna ging hij.', ['Minister S. Jansen sprak met J.F. de Wit.', 'Daarna ging hij.']],
  ['an initial before a sentence starter does', 'nl', 'Het gaat om punt B. Maar niet om punt C.', ['Het gaat om punt B.', 'Maar niet om punt C.']],
  ['quote with lower-case attribution stays one sentence', 'nl', '“Wij gaan door”, zei de wethouder vrijdag. Dat bleek.', ['“Wij gaan door”, zei de wethouder vrijdag.', 'Dat bleek.']],
  ['typed quote with attribution', 'nl', ",,Het is klaar.'' zegt hij. ,,Echt waar,'' zegt zij.", [",,Het is klaar.'' zegt hij.", ",,Echt waar,'' zegt zij."]],
  ['a quote that holds several sentences', 'nl', '“Ik kom. Morgen ben ik er”, zei ze.', ['“Ik kom.', 'Morgen ben ik er”, zei ze.']],
  ['closing mark after the stop belongs to the sentence', 'nl', 'Ze zei: ‘Ik stop.’ Toen ging ze.', ['Ze zei: ‘Ik stop.’', 'Toen ging ze.']],
  ['spaced closing mark as in tokenised text', 'nl', ",, Ik stop . '' Toen ging ze .", [",, Ik stop . ''", 'Toen ging ze .']],
  ['spaced straight closing mark as in tokenised text', 'nl', 'Hij schreef : " Ik stop . Het is klaar . " Toen ging hij .', ['Hij schreef : " Ik stop .', 'Het is klaar . "', 'Toen ging hij .']],
  ['question in a quote with attribution', 'nl', '‘Waarom?’ vroeg hij. Niemand wist het.', ['‘Waarom?’ vroeg hij.', 'Niemand wist het.']],
  ['ellipsis before lower case continues', 'nl', 'Het was… nou ja, goed. Klaar.', ['Het was… nou ja, goed.', 'Klaar.']],
  ['abbreviation that closes a sentence', 'nl', 'Er waren appels, peren enz. De rest was op.', ['Er waren appels, peren enz.', 'De rest was op.']],
  ['paragraphs always end sentences', 'nl', 'Zonder punt\n\nVolgende alinea.', ['Zonder punt', 'Volgende alinea.']],
  ['heading is one sentence', 'nl', 'Nieuwe koers\n\nDe partij kiest. Echt.', ['Nieuwe koers', 'De partij kiest.', 'Echt.']],
  ['number-only abbreviation', 'nl', 'Het staat op blz. 12 van nr. 4. Lees het.', ['Het staat op blz. 12 van nr. 4.', 'Lees het.']],
  ['a short line without a stop ends a sentence', 'nl', 'Foto: Jan de Vries\nDe burgemeester opende de brug.', ['Foto: Jan de Vries', 'De burgemeester opende de brug.']],
  ['list items after bullets', 'nl', 'Dit zijn de punten:\n- meer geld\n- minder regels', ['Dit zijn de punten:', '- meer geld', '- minder regels']],
  ['a lost line break before a sentence starter', 'nl', 'Een kip met een goede legcapaciteit In ontwikkelingslanden houden boeren kippen.', ['Een kip met een goede legcapaciteit', 'In ontwikkelingslanden houden boeren kippen.']],
  ['a heading that lost its line break', 'nl', 'Tropisch klimaat In het vochtige klimaat groeit rijst.', ['Tropisch klimaat', 'In het vochtige klimaat groeit rijst.']],
  ['a heading with a double space', 'nl', 'Oude  geschiedenis Het is waarschijnlijk zo.', ['Oude  geschiedenis', 'Het is waarschijnlijk zo.']],
  ['a Flemish name at the start is no heading', 'nl', 'Bart De Wever zei dat het klopte.', ['Bart De Wever zei dat het klopte.']],
  ['a title in capitals is no heading', 'en', 'Great Place To Use The shop again.', ['Great Place To Use The shop again.']],
  ['a name after a lower-case word is no lost line break', 'nl', 'Dat schreef de krant Het Parool over De Vries.', ['Dat schreef de krant Het Parool over De Vries.']],
  ['"Label: value" items that lost their line breaks', 'nl', 'Hoofdstad: Utrecht Inwoners: 1,3 miljoen Hoogste punt: de Amerongse Berg', ['Hoofdstad: Utrecht', 'Inwoners: 1,3 miljoen', 'Hoogste punt: de Amerongse Berg']],
  ['after a name the next label is one word', 'nl', 'De lijsttrekkers zijn bekend. Noord: Karel Van Eeckhout Zuid: Els Peeters', ['De lijsttrekkers zijn bekend.', 'Noord: Karel Van Eeckhout', 'Zuid: Els Peeters']],
  ['after a name a label of a capital and lower-case words', 'nl', 'Rivieren: Maas, Waal Aantal bruggen: 12.', ['Rivieren: Maas, Waal', 'Aantal bruggen: 12.']],
  ['a label in lower case after one in lower case', 'nl', 'lengte: 12 meter breedte: 4 meter.', ['lengte: 12 meter', 'breedte: 4 meter.']],
  ['a colon in prose after a label is no new item', 'nl', 'Den Haag: de premier zei tegen de Tweede Kamer: we gaan door.', ['Den Haag: de premier zei tegen de Tweede Kamer: we gaan door.']],
  ['a heading line of "Label: value" items', 'nl', 'Jaar 2019: 12 leden Jaar 2020: 15 leden\n\nDe club groeit.', ['Jaar 2019: 12 leden', 'Jaar 2020: 15 leden', 'De club groeit.']],
  ['a heading with one label stays whole', 'nl', 'Analyse: de coalitie wankelt\n\nDe club groeit.', ['Analyse: de coalitie wankelt', 'De club groeit.']],
  ['dated list items that lost their line breaks', 'nl', 'Wethouder (1994-2002) Gedeputeerde (2002-2010) Lid van de Eerste Kamer (2011-...)', ['Wethouder (1994-2002)', 'Gedeputeerde (2002-2010)', 'Lid van de Eerste Kamer (2011-...)']],
  ['quoted titles with their years that lost their line breaks', 'nl', '« Kapitein Rob » 1945-1966 « Pietje Bell » 1950-heden « De Bas » 1970-1975.', ['« Kapitein Rob » 1945-1966', '« Pietje Bell » 1950-heden', '« De Bas » 1970-1975.']],
  ['a span of years before a quotation in prose runs on', 'nl', 'In de jaren 1940-1945 « De Vos » verscheen de krant niet.', ['In de jaren 1940-1945 « De Vos » verscheen de krant niet.']],
  ['a bracketed year before a lower-case word runs on', 'nl', 'Zijn roman De aanslag (1982) werd verfilmd.', ['Zijn roman De aanslag (1982) werd verfilmd.']],
  ['a one-word heading that the sentence repeats', 'nl', 'Veeteelt Veeteelt is het houden van dieren. Visserij De Visserij is oud.', ['Veeteelt', 'Veeteelt is het houden van dieren.', 'Visserij', 'De Visserij is oud.']],
  ['a repeated function word is no heading', 'nl', 'De De Clercqstraat is afgesloten.', ['De De Clercqstraat is afgesloten.']],
  ['a lower-case label after a capitalised one is no new item', 'nl', 'Uitslag: Jansen won zei hij: het was zwaar.', ['Uitslag: Jansen won zei hij: het was zwaar.']],
  // English
  ['a wrapped long line runs on', 'en', 'The council decided on Tuesday that the new bridge across the wide\nRiver Maas will open in May.', ['The council decided on Tuesday that the new bridge across the wide\nRiver Maas will open in May.']],
  ['English titles and Latin abbreviations', 'en', 'Mr. Smith met Dr. Jones, i.e. the mayor. They talked.', ['Mr. Smith met Dr. Jones, i.e. the mayor.', 'They talked.']],
  ['U.S. before a name continues', 'en', 'The U.S. Army left. The U.S. Congress voted.', ['The U.S. Army left.', 'The U.S. Congress voted.']],
  ['U.S. before a sentence starter ends', 'en', 'He moved to the U.S. The rest followed.', ['He moved to the U.S.', 'The rest followed.']],
  ['company abbreviation closing a sentence', 'en', 'He works for Acme Inc. Shares fell.', ['He works for Acme Inc.', 'Shares fell.']],
  ['quote with attribution', 'en', '"We will win," he said. "Maybe."', ['"We will win," he said.', '"Maybe."']],
  ['No. before a number', 'en', 'It is No. 1 in the charts. No. It is not.', ['It is No. 1 in the charts.', 'No.', 'It is not.']],
  ['times and money', 'en', 'At 5 p.m. the price was $5.00 a share. Then it fell.', ['At 5 p.m. the price was $5.00 a share.', 'Then it fell.']],
  ['reference marks stay with their sentence', 'en', 'He was born in 1788. [3] He died in 1824.', ['He was born in 1788. [3]', 'He died in 1824.']],
];

for (const [name, lang, text, expected] of rows) {
  test(`sentences (${lang}): ${name}`, () => {
    assert.deepStrictEqual(sentences(text, lang), expected);
  });
}

test('sentences: each records its paragraph', () => {
  const analysis = analyze('Kop\n\nEen. Twee.', {}, { lang: 'nl', until: 'sentences' });
  assert.deepStrictEqual(analysis.sentences.map((s) => s.paragraph), [0, 1, 1]);
});
