import { test } from 'node:test';
import assert from 'node:assert/strict';
import { whoSaidWhat, type Said } from '../helpers/who-said-what.ts';

/** A row: our own Dutch text and who said what in it. */
type Row = readonly [text: string, expected: readonly Said[]];

const direct = (content: string, cue: string | null, speaker: string | null, speakerName: string | null, role: string | null = null): Said =>
  ({ kind: 'direct', content, cue, speaker, speakerName, role });
const indirect = (content: string, cue: string | null, speaker: string | null, speakerName: string | null, role: string | null = null): Said =>
  ({ kind: 'indirect', content, cue, speaker, speakerName, role });

const DIRECT: readonly Row[] = [
  ['“We gaan door”, zei Jan de Vries.', [direct('We gaan door', 'zei', 'Jan de Vries', 'Jan de Vries')]],
  ['Minister Karin Bos zei: “Dit is onacceptabel.”', [direct('Dit is onacceptabel.', 'zei', 'Karin Bos', 'Karin Bos', 'minister')]],
  ['“Het is voorbij”, aldus de burgemeester van Utrecht.', [direct('Het is voorbij', 'aldus', 'de burgemeester van Utrecht', 'de burgemeester van Utrecht', 'burgemeester van Utrecht')]],
  ['Trainer Piet Zand was kwaad. “We speelden slecht”, zegt hij.', [direct('We speelden slecht', 'zegt', 'hij', 'Piet Zand', 'trainer')]],
  ["Trainer Piet Zand was niet tevreden. ,,We speelden slordig'', zegt de trainer.", [direct('We speelden slordig', 'zegt', 'de trainer', 'Piet Zand', 'trainer')]],
  ["Piet Zand is sinds juni trainer van Ajax. ,,Ik ben tevreden'', zegt de trainer.", [direct('Ik ben tevreden', 'zegt', 'de trainer', 'Piet Zand', 'trainer van Ajax')]],
  ["Bondscoach Eenhoorn keek tevreden. Eenhoorn: ,,Dit was kwaliteit.''", [direct('Dit was kwaliteit.', null, 'Eenhoorn', 'Eenhoorn', 'bondscoach')]],
  // Interrupted by its attribution: two records, one speaker.
  ["Jansen bleef kalm. ,,Wij weten'', aldus Jansen, ,,waar onze prioriteiten liggen.''", [
    direct('Wij weten', 'aldus', 'Jansen', 'Jansen'),
    direct('waar onze prioriteiten liggen.', 'aldus', 'Jansen', 'Jansen'),
  ]],
  // A quote running on into the next paragraph keeps its source.
  [",,We hebben dit seizoen hard gewerkt'', zei aanvoerder Kees Bakker. ,,Iedereen heeft zich gegeven.\n\n,,Volgend jaar willen we kampioen worden.''", [
    direct('We hebben dit seizoen hard gewerkt', 'zei', 'Kees Bakker', 'Kees Bakker', 'aanvoerder'),
    direct('Iedereen heeft zich gegeven.', 'zei', 'Kees Bakker', 'Kees Bakker', 'aanvoerder'),
    direct('Volgend jaar willen we kampioen worden.', 'zei', 'Kees Bakker', 'Kees Bakker', 'aanvoerder'),
  ]],
  // Standing alone after its speaker was named: the source is carried over, no cue.
  ["Marie Smit is sinds maart burgemeester. Ze opende gisteren de brug. ,,Dit is een mooie dag voor de stad.''", [
    direct('Dit is een mooie dag voor de stad.', null, 'Ze', 'Marie Smit', 'burgemeester'),
  ]],
];

const REPORTED: readonly Row[] = [
  ['Het kabinet zegt dat de belasting omlaag gaat.', [indirect('de belasting omlaag gaat', 'zegt', 'Het kabinet', 'het kabinet')]],
  ['De belasting gaat omlaag, zegt premier Mark Rutte.', [indirect('De belasting gaat omlaag', 'zegt', 'Mark Rutte', 'Mark Rutte', 'premier')]],
  ['Volgens de politie zijn er drie mensen gewond geraakt.', [indirect('zijn er drie mensen gewond geraakt', 'Volgens', 'de politie', 'de politie')]],
  // "volgens" inside the clause: the whole clause, cue and source included.
  ['De schade is volgens de brandweer enorm.', [indirect('De schade is volgens de brandweer enorm', 'volgens', 'de brandweer', 'de brandweer')]],
  ['De brug gaat dicht, aldus een woordvoerder van de gemeente.', [indirect('De brug gaat dicht', 'aldus', 'een woordvoerder van de gemeente', 'een woordvoerder van de gemeente', 'woordvoerder van de gemeente')]],
  ['Daarvan is in de ogen van de oppositie geen sprake.', [indirect('Daarvan is in de ogen van de oppositie geen sprake', 'in de ogen van', 'de oppositie', 'de oppositie')]],
  ['Het ministerie laat weten dat het onderzoek volgende week begint.', [indirect('het onderzoek volgende week begint', 'laat weten', 'Het ministerie', 'het ministerie')]],
  ['De verdachte ontkent dat hij in het huis was.', [indirect('hij in het huis was', 'ontkent', 'De verdachte', 'de verdachte')]],
  ['Getuigen verklaren dat de auto door rood reed.', [indirect('de auto door rood reed', 'verklaren', 'Getuigen', 'getuigen')]],
  ['Shell meldt dat de winst is gestegen.', [indirect('de winst is gestegen', 'meldt', 'Shell', 'Shell')]],
  ['De vakbond waarschuwt dat er stakingen komen.', [indirect('er stakingen komen', 'waarschuwt', 'De vakbond', 'de vakbond')]],
  // Belief verbs report a stated view.
  ['Minister Karin Bos vindt dat de regels strenger moeten.', [indirect('de regels strenger moeten', 'vindt', 'Karin Bos', 'Karin Bos', 'minister')]],
  ['Oud-premier Jan Peters meent dat het kabinet faalt.', [indirect('het kabinet faalt', 'meent', 'Jan Peters', 'Jan Peters', 'oud-premier')]],
  // A definite description goes to the person with that role.
  ['De Russische minister van defensie Sergej Sjojgoe was stellig. De troepen vertrekken volgende week, zei de minister.', [
    indirect('De troepen vertrekken volgende week', 'zei', 'de minister', 'Sergej Sjojgoe', 'Russische minister van defensie'),
  ]],
  // A cue in scare quotes is still a cue.
  ['Een man die ‘bekende’ dat hij de brand had gesticht, werd gisteren opgepakt.', [indirect('hij de brand had gesticht', 'bekende', 'Een man', 'een man')]],
];

const NOT_SPEECH: readonly string[] = [
  'Zijn nieuwe boek ‘De stille jaren’ verschijnt in mei.',
  'Het woord ‘crisis’ viel vaak.',
  'De regering noemt de opstandelingen ‘terroristen’.',
  'Hij heeft het voor het zeggen in de club.',
  'Wat zegt dat over de ploeg?',
  'De trein vertrok volgens plan om negen uur.',
  'Boogerd meldde zich bij de ploegleider en dat amuseerde Koerts.',
];

test('Dutch direct quotes: attribution after, before, by name and colon, interrupted, run on, carried over', () => {
  for (const [text, expected] of DIRECT) assert.deepStrictEqual(whoSaidWhat(text, 'nl'), expected, text);
});

test('Dutch reported speech: dat-clauses, inversion, volgens, aldus, in de ogen van, belief verbs, scare-quoted cue', () => {
  for (const [text, expected] of REPORTED) assert.deepStrictEqual(whoSaidWhat(text, 'nl'), expected, text);
});

test('Dutch negatives: a title, a scare-quoted word, zeggen as a noun, a question, volgens plan, zich melden', () => {
  for (const text of NOT_SPEECH) assert.deepStrictEqual(whoSaidWhat(text, 'nl'), [], text);
});
