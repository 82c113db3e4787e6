/** Counts per month (`YYYY-MM`), every month from the first to the last, as a small bar chart in SVG. */
export function MonthChart({ counts, label }: { readonly counts: ReadonlyMap<string, number>; readonly label: string }) {
  const months = [...counts.keys()].sort();
  if (months.length === 0) return null;
  const all: string[] = [];
  let [year, month] = months[0].split('-').map(Number);
  const [lastYear, lastMonth] = months[months.length - 1].split('-').map(Number);
  while ((year < lastYear || (year === lastYear && month <= lastMonth)) && all.length < 240) {
    all.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  const max = Math.max(...counts.values());
  const bar = Math.max(4, Math.min(24, Math.floor(480 / all.length)));
  const height = 60;
  const width = Math.max(all.length * bar, 140);
  return (
    <figure class="chart">
      <svg width={width} height={height + 16} role="img" aria-label={label}>
        {all.map((key, index) => {
          const value = counts.get(key) ?? 0;
          const h = value === 0 ? 0 : Math.max(2, Math.round((value / max) * height));
          return (
            <rect key={key} x={index * bar + 1} y={height - h} width={bar - 2} height={h} class="bar">
              <title>{`${key}: ${value}`}</title>
            </rect>
          );
        })}
        <text x="0" y={height + 13} class="axis">{all[0]}</text>
        {all.length > 1 ? <text x={width} y={height + 13} class="axis" text-anchor="end">{all[all.length - 1]}</text> : null}
      </svg>
      <figcaption class="muted small">{label}</figcaption>
    </figure>
  );
}
