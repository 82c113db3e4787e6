/**
 * A publication date as `DocMeta.published` wants it: `YYYY-MM-DD` kept as it is, a full ISO
 * 8601 time kept as it is, anything else `Date` can read (RFC 822 from feeds, "2026-03-10
 * 08:00") as an ISO time in UTC; undefined when it cannot be read.
 */
export function normaliseDate(value: string | undefined | null): string | undefined {
  if (value === undefined || value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed) && !Number.isNaN(Date.parse(`${trimmed}T00:00:00Z`))) return trimmed;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(trimmed) && !Number.isNaN(Date.parse(trimmed))) return trimmed;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
