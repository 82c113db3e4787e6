/**
 * The slot count of an open-addressing table (`KeyTable`, `StringTable`) for `expected` keys:
 * the power of two, at least 16, that keeps it at most half full. Both tables grow by doubling
 * when a key would pass that line.
 */
export function hashCapacity(expected: number): number {
  let capacity = 16;
  while (capacity < expected * 2) capacity *= 2;
  return capacity;
}
