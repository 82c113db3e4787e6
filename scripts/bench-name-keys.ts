// Speed of the name key (`src/link/name-key.ts`) and of taking a person's name apart
// (`src/link/parse-person-name.ts`): mentions per CPU second (CPU time, not wall time, as the machine is shared), median of five runs, on a fixed list of
// name spellings written for this benchmark (no data needed). Run: npx tsx scripts/bench-name-keys.ts
import { nameKey } from '../src/link/name-key.ts';
import { parsePersonName, personKey } from '../src/link/parse-person-name.ts';

const spellings = [
  'Sergej Sjojgoe', 'Shoigu', 'Sergei Schoigu', 'Sergueï Choïgou', 'Сергей Шойгу', 'president Kassim-Zjomart Tokajev',
  'Tokayev', 'Vladimir Poetin', 'Poetins', "Putin's", 'Wladimir Putin', 'Vladimir Poutine', 'Noersoeltan Nazarbajev',
  'Nursultan Nazarbayev', 'Antony Blinken', 'Vikram Roezachoenov', 'Mark Rutte', 'Ursula von der Leyen', 'Kim Jong-un',
  'Boris Johnson', 'Volodymyr Zelensky', 'Wolodymyr Selenskyj', 'Nikita Chroesjtsjov', 'Khrushchev', 'Dmitri Peskov',
  'Bashar al-Assad', 'Xi Jinping', 'S. Sjojgoe', 'minister van defensie Sergej Sjojgoe', 'Jevgeni Prigozjin',
];
const N = 1_000_000;

/** 60,000 surnames made distinct by a letter ending, cycled: more than the word-key cache holds, so it never helps. */
const letters = 'abcdefghijklmnopqrstuvwxyz';
const DISTINCT = 60_000;
const distinct = Array.from({ length: DISTINCT }, (_, i) => {
  const s = spellings[i % spellings.length];
  const tag = letters[i % 26] + letters[Math.floor(i / 26) % 26] + letters[Math.floor(i / 676) % 26] + letters[Math.floor(i / 17576) % 26];
  return `${s}${tag}`;
});

function bench(label: string, fn: (s: string) => string, texts: (i: number) => string): void {
  const runs: number[] = [];
  let sink = 0;
  for (let r = 0; r < 5; r++) {
    const t0 = process.cpuUsage();
    for (let i = 0; i < N; i++) sink += fn(texts(i)).length;
    const used = process.cpuUsage(t0);
    const seconds = (used.user + used.system) / 1e6;
    runs.push(N / seconds);
  }
  runs.sort((a, b) => a - b);
  console.log(`${label.padEnd(32)} ${(runs[2] / 1e6).toFixed(2)} M mentions/CPU-s  (sink ${sink % 7})`);
}

const person = (s: string): string => {
  const p = parsePersonName(s);
  return p === null ? '' : personKey(p.surnameKey, p.given);
};
const repeated = (i: number): string => spellings[i % spellings.length];
const unseen = (i: number): string => distinct[i % DISTINCT];
bench('nameKey, names repeat', nameKey, repeated);
bench('person key, names repeat', person, repeated);
bench('nameKey, every surname new', nameKey, unseen);
bench('person key, every surname new', person, unseen);
