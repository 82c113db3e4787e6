/** The day after a `YYYY-MM-DD` date (for "published before the end of this day"). */
export function nextDay(date: string): string {
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) throw new RangeError(`expected a date as YYYY-MM-DD, got "${date}"`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
