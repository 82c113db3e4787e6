import { test } from 'node:test';
import assert from 'node:assert/strict';
import { whoSaidWhat, type Said } from '../helpers/who-said-what.ts';

/** A row: our own English text and who said what in it. */
type Row = readonly [text: string, expected: readonly Said[]];

const direct = (content: string, cue: string | null, speaker: string | null, speakerName: string | null, role: string | null = null): Said =>
  ({ kind: 'direct', content, cue, speaker, speakerName, role });
const indirect = (content: string, cue: string | null, speaker: string | null, speakerName: string | null, role: string | null = null): Said =>
  ({ kind: 'indirect', content, cue, speaker, speakerName, role });

const ROWS: readonly Row[] = [
  ['“We will win this state,” said Senator Maria Lopez.', [direct('We will win this state,', 'said', 'Maria Lopez', 'Maria Lopez', 'Senator')]],
  ['“The plan is dead,” Smith said.', [direct('The plan is dead,', 'said', 'Smith', 'Smith')]],
  ['Kate Moss said: “This is the end.”', [direct('This is the end.', 'said', 'Kate Moss', 'Kate Moss')]],
  // Interrupted by its attribution: two records, one speaker ("she" resolved to the name).
  ['Anna Reed praised the team. “They played their hearts out,” she said. “I am proud of them.”', [
    direct('They played their hearts out,', 'said', 'she', 'Anna Reed'),
    direct('I am proud of them.', 'said', 'she', 'Anna Reed'),
  ]],
  ['Governor Tom Baker says the budget is balanced.', [indirect('the budget is balanced', 'says', 'Tom Baker', 'Tom Baker', 'governor')]],
  ['The mayor said that the bridge would reopen in May.', [indirect('the bridge would reopen in May', 'said', 'The mayor', 'the mayor', 'mayor')]],
  ['Jane Fox, the mayor of Springfield, said the bridge would reopen in May.', [indirect('the bridge would reopen in May', 'said', 'Jane Fox', 'Jane Fox', 'mayor of Springfield')]],
  ['According to the police, two people were injured.', [indirect('two people were injured', 'According to', 'the police', 'the police')]],
  ['Two people were injured, according to the police.', [indirect('Two people were injured', 'according to', 'the police', 'the police')]],
  ['Secretary of State Antony Blinken told reporters that talks would continue.', [indirect('talks would continue', 'told', 'Antony Blinken', 'Antony Blinken', 'Secretary of State')]],
  ['The campaign is in trouble, a senior aide said.', [indirect('The campaign is in trouble', 'said', 'a senior aide', 'a senior aide', 'senior aide')]],
];

const NOT_SPEECH: readonly string[] = [
  'His book “The Long Road Home” sold well.',
  'The word “crisis” was everywhere.',
  'What does that say about us?',
  'The train left according to plan.',
];

test('English direct and reported speech: said X, X said, says, that-less clauses, according to, told, appositive roles', () => {
  for (const [text, expected] of ROWS) assert.deepStrictEqual(whoSaidWhat(text, 'en'), expected, text);
});

test('English negatives: a title, a scare-quoted word, a question, according to plan', () => {
  for (const text of NOT_SPEECH) assert.deepStrictEqual(whoSaidWhat(text, 'en'), [], text);
});
