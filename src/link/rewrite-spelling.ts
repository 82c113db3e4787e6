import type { SpellingRule } from '../lang/name-lexicon.ts';

interface CompiledRule {
  readonly from: string;
  readonly to: string;
  readonly length: number;
  /** Code of the second letter of `from`, or -1. */
  readonly second: number;
  readonly start: boolean;
  readonly end: boolean;
  readonly before: string | null;
  readonly after: string | null;
  readonly afterOutput: string | null;
}

/** Rules indexed by the code of their first letter, longest first (then in the order listed). */
export interface SpellingTable {
  readonly byCode: ReadonlyMap<number, readonly CompiledRule[]>;
  /** The same for codes below 0x530 (Latin, Greek, Cyrillic), as an array for speed. */
  readonly low: readonly (readonly CompiledRule[] | undefined)[];
}

export interface RewriteOptions {
  /** Write a letter that equals the last one written only once ("ss" → "s"); default false. */
  readonly collapse?: boolean;
  /** Drop characters no rule matches unless they are a–z or 0–9 (for keys); default false (keep them). */
  readonly keysOnly?: boolean;
  /**
   * The text as written when `input` is its lower-case form of equal length: an upper-case
   * letter gives a capitalised output ("Ш" → "Sj"; "ШОЙГУ" → "SJOJGOE"). Default: none.
   */
  readonly cased?: string;
}

const LOW = 0x530;

export function compileSpellingRules(rules: readonly SpellingRule[]): SpellingTable {
  const byCode = new Map<number, CompiledRule[]>();
  for (const rule of rules) {
    const code = rule.from.charCodeAt(0);
    const compiled: CompiledRule = {
      from: rule.from,
      to: rule.to,
      length: rule.from.length,
      second: rule.from.length > 1 ? rule.from.charCodeAt(1) : -1,
      start: rule.start === true,
      end: rule.end === true,
      before: rule.before ?? null,
      after: rule.after ?? null,
      afterOutput: rule.afterOutput ?? null,
    };
    const bucket = byCode.get(code);
    if (bucket === undefined) byCode.set(code, [compiled]);
    else bucket.push(compiled);
  }
  const low: (CompiledRule[] | undefined)[] = new Array(LOW).fill(undefined);
  for (const [code, bucket] of byCode) {
    // A stable sort keeps the listed order among rules of one length.
    bucket.sort((a, b) => b.length - a.length);
    if (code < LOW) low[code] = bucket;
  }
  return { byCode, low };
}

/**
 * Rewrites `input` left to right: at each place the longest rule whose context holds, else the
 * character itself. Word boundaries for `start`/`end` are non-letters and the ends of `input`.
 */
export function rewriteSpelling(table: SpellingTable, input: string, options: RewriteOptions = {}): string {
  const collapse = options.collapse === true;
  const keysOnly = options.keysOnly === true;
  const cased = options.cased;
  let out = '';
  let last = '';
  let i = 0;
  const n = input.length;
  while (i < n) {
    const code = input.charCodeAt(i);
    const bucket = code < LOW ? table.low[code] : table.byCode.get(code);
    let rule: CompiledRule | null = null;
    if (bucket !== undefined) {
      for (const r of bucket) {
        if (matches(r, input, i, n, last)) {
          rule = r;
          break;
        }
      }
    }
    let to: string;
    if (rule === null) {
      to = keysOnly && !isKeyChar(code) ? '' : cased === undefined ? input[i] : cased[i];
      i += 1;
    } else {
      to = rule.to;
      if (cased !== undefined && to !== '' && cased[i] !== input[i]) {
        to = isUpperCaseWord(input, cased, i, rule.length) ? to.toUpperCase() : to[0].toUpperCase() + to.slice(1);
      }
      i += rule.length;
    }
    if (to === '') continue;
    if (collapse) {
      for (let k = 0; k < to.length; k++) {
        const ch = to[k];
        if (ch !== last) {
          out += ch;
          last = ch;
        }
      }
    } else {
      out += to;
      last = to[to.length - 1];
    }
  }
  return out;
}

function matches(r: CompiledRule, input: string, i: number, n: number, last: string): boolean {
  const len = r.length;
  if (len > 1 && (input.charCodeAt(i + 1) !== r.second || (len > 2 && !input.startsWith(r.from, i)))) return false;
  if (r.start && i > 0 && isLetter(input.charCodeAt(i - 1))) return false;
  if (r.end && i + len < n && isLetter(input.charCodeAt(i + len))) return false;
  if (r.before !== null && (i + len >= n || !r.before.includes(input[i + len]))) return false;
  if (r.after !== null && (i === 0 || !r.after.includes(input[i - 1]))) return false;
  if (r.afterOutput !== null && (last === '' || !r.afterOutput.includes(last))) return false;
  return true;
}

/** Whether a neighbouring letter of the match at `i` is upper case too ("ШОЙГУ"). */
function isUpperCaseWord(input: string, cased: string, i: number, length: number): boolean {
  const next = i + length;
  if (next < input.length && isLetter(input.charCodeAt(next))) return cased[next] !== input[next];
  return i > 0 && isLetter(input.charCodeAt(i - 1)) && cased[i - 1] !== input[i - 1];
}

function isKeyChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** Latin, Latin-1/Extended, Greek and Cyrillic letters: enough to find word boundaries in names. */
export function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x370 && code <= 0x52f);
}
