import type { Analysis } from '../../src/core/types.ts';

/**
 * Every span of every kind, in every layer (also layers added later): offsets within the text,
 * start ≤ end, and a `text` field equal to the slice it points at. Walks the analysis
 * generically so that new stages are covered without changing the tests that use it.
 * Returns one line per problem; an empty list means the analysis keeps the offsets contract.
 */
export function spanProblems(analysis: Analysis): string[] {
  const problems: string[] = [];
  const { text } = analysis;
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${path}[${i}]`));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'number' && typeof record.end === 'number') {
      const { start, end } = record;
      if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
        problems.push(`${path}: bad offsets [${start}, ${end}) for a text of ${text.length}`);
      } else if (typeof record.text === 'string' && record.text !== text.slice(start, end)) {
        problems.push(`${path}: text ${JSON.stringify(record.text)} but the slice is ${JSON.stringify(text.slice(start, end))}`);
      }
    }
    for (const [key, child] of Object.entries(record)) visit(child, `${path}.${key}`);
  };
  for (const [key, layer] of Object.entries(analysis)) {
    if (key === 'text' || key === 'meta') continue;
    visit(layer, key);
  }
  return problems;
}
