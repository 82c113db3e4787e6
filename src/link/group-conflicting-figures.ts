import type { Approx } from '../core/types.ts';
import { parsePersonName } from './parse-person-name.ts';

/** What the grouping reads of a stored figure: what it is about, its value, who claims it, when. */
export interface FigureBasis {
  readonly documentId: number;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly value: number;
  readonly valueMax: number | null;
  readonly approx: Approx;
  readonly unitKey: string | null;
  readonly entityKeys: readonly string[];
  readonly time: string | null;
  readonly claimedBy: string | null;
  readonly start: number;
}

/** A stored figure with what it is about (`describeFigure`) and where it was published. */
export interface FigureFact extends FigureBasis {
  readonly source: string | null;
  readonly title: string | null;
  readonly text: string;
  readonly unit: string | null;
  readonly context: string;
  readonly end: number;
}

/** The narrow first read of `figures --conflicts`: a figure's basis and its row id, to fetch the whole figure of the groups returned. */
export interface FigureKey extends FigureBasis {
  readonly id: number;
}

/** Figures about one thing (unit, entities, time window) that disagree, from different claimants or outlets. */
export interface FigureConflict<T extends FigureBasis = FigureFact> {
  readonly unitKey: string;
  /** The entities every figure of the group shares with another one ("kasaxstan", "PER:xoigu,sergei"). */
  readonly entityKeys: readonly string[];
  /** First and last date of the figures (their sentence's time, else the publication date). */
  readonly from: string;
  readonly to: string;
  /** The different values, lowest first. */
  readonly values: readonly number[];
  /** Who claims them: the speaker, or the outlet's writer ("writer: De Krant"). */
  readonly claimants: readonly string[];
  readonly figures: readonly T[];
}

export interface ConflictOptions {
  /** Days between two figures' dates that still count as one time; default 7. */
  readonly windowDays?: number;
}

/** How far an "about" figure may lie from another and still agree with it. */
const ABOUT = 0.1;
const DAY = 86_400_000;

/**
 * Groups figures about the same thing — the same counted noun or unit (as a concept across
 * languages), at least one entity in common, dates within the window — and keeps the groups in
 * which two figures from different claimants or outlets cannot both be right ("ruim
 * tweeduizend" against "2.300"; "ongeveer 2.000" and "2.050" agree; ranges and "meer dan"
 * are intervals). Figures without a unit, an entity or a date are not compared.
 */
export function groupConflictingFigures<T extends FigureBasis>(facts: Iterable<T>, options: ConflictOptions = {}): FigureConflict<T>[] {
  const window = (options.windowDays ?? 7) * DAY;
  const items: { fact: T; day: number; date: string }[] = [];
  const days = new Map<string, number>(); // a corpus has far fewer dates than figures
  for (const fact of facts) {
    const date = (fact.time ?? fact.published)?.slice(0, 10) ?? null;
    if (fact.unitKey === null || fact.entityKeys.length === 0 || date === null) continue;
    let day = days.get(date);
    if (day === undefined) days.set(date, (day = Date.parse(`${date}T00:00:00Z`)));
    if (Number.isNaN(day)) continue;
    items.push({ fact, day, date });
  }
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const byThing = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const key of item.fact.entityKeys) {
      const id = `${item.fact.unitKey}\u0000${key}`;
      const list = byThing.get(id);
      if (list === undefined) byThing.set(id, [i]);
      else list.push(i);
    }
  });
  for (const list of byThing.values()) {
    list.sort((a, b) => items[a].day - items[b].day);
    for (let k = 1; k < list.length; k++) {
      if (items[list[k]].day - items[list[k - 1]].day <= window) parent[find(list[k])] = find(list[k - 1]);
    }
  }
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list === undefined) groups.set(root, [i]);
    else list.push(i);
  });

  const sources = new Map<string, string>();
  const conflicts: FigureConflict<T>[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const group = members.map((i) => items[i]);
    if (!disagree(group.map((g) => g.fact), sources)) continue;
    const figures = group.map((g) => g.fact).sort((a, b) => a.value - b.value || a.documentId - b.documentId || a.start - b.start);
    const dates = group.map((g) => g.date).sort();
    conflicts.push({
      unitKey: group[0].fact.unitKey as string,
      entityKeys: sharedKeys(figures),
      from: dates[0],
      to: dates[dates.length - 1],
      values: [...new Set(figures.map((f) => f.value))],
      claimants: [...new Set(figures.map(claimantLabel))],
      figures,
    });
  }
  return conflicts.sort((a, b) => (a.to < b.to ? 1 : a.to > b.to ? -1 : 0) || a.unitKey.localeCompare(b.unitKey));
}

/**
 * Whether two figures of the group from different claimants or outlets cannot both be right:
 * one's interval ends below another's start. Linear, not over every pair (a figure counted daily
 * about one place chains into groups of thousands): the pair, if any, is among the two lowest
 * ends of different sources and the two highest starts of different sources.
 */
function disagree(figures: readonly FigureBasis[], sources: Map<string, string>): boolean {
  const items = figures.map((f) => {
    const [lo, hi] = interval(f);
    return { lo, hi, source: sourceOf(f, sources) };
  });
  type Item = (typeof items)[number];
  const lowest = (other?: Item): Item | undefined => items.reduce<Item | undefined>((best, x) => (x.source !== other?.source && (best === undefined || x.hi < best.hi) ? x : best), undefined);
  const highest = (other?: Item): Item | undefined => items.reduce<Item | undefined>((best, x) => (x.source !== other?.source && (best === undefined || x.lo > best.lo) ? x : best), undefined);
  const a1 = lowest();
  const b1 = highest();
  const ends = [a1, a1 && lowest(a1)];
  const starts = [b1, b1 && highest(b1)];
  return ends.some((a) => a !== undefined && starts.some((b) => b !== undefined && a.source !== b.source && a.hi < b.lo));
}

function interval(f: FigureBasis): [number, number] {
  switch (f.approx) {
    case 'about': return [f.value * (1 - ABOUT), (f.valueMax ?? f.value) * (1 + ABOUT)];
    case 'more-than':
    case 'at-least': return [f.value, Infinity];
    case 'less-than':
    case 'at-most': return [-Infinity, f.valueMax ?? f.value];
    default: return [f.value, f.valueMax ?? f.value];
  }
}

/** Who claims the figure where: its claimant and outlet, the same string for the same pair, remembered in `sources` (a corpus has few claimants and outlets, many figures). */
function sourceOf(f: FigureBasis, sources: Map<string, string>): string {
  const id = `${f.claimedBy ?? ''}\u0000${f.claimedBy === null ? '0' : '1'}\u0000${f.outlet ?? ''}\u0000${f.outlet === null ? '0' : '1'}`;
  let source = sources.get(id);
  if (source === undefined) sources.set(id, (source = JSON.stringify([claimant(f), f.outlet])));
  return source;
}

/** The claimant's surname key, or the outlet's writer. */
function claimant(f: FigureBasis): string {
  if (f.claimedBy === null) return `writer:${f.outlet ?? ''}`;
  return parsePersonName(f.claimedBy)?.surnameKey ?? f.claimedBy.toLowerCase();
}

function claimantLabel(f: FigureBasis): string {
  return f.claimedBy ?? `writer: ${f.outlet ?? 'unknown outlet'}`;
}

/** The entity keys that at least two figures of the group name. */
function sharedKeys(figures: readonly FigureBasis[]): string[] {
  const count = new Map<string, number>();
  for (const f of figures) for (const k of new Set(f.entityKeys)) count.set(k, (count.get(k) ?? 0) + 1);
  return [...count].filter(([, n]) => n >= 2).map(([k]) => k).sort();
}
