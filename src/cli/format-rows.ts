/** One column of a table or CSV: the field and its heading; `width` caps a table cell. */
export interface Column<T> {
  readonly header: string;
  readonly value: (row: T) => string | number | null;
  readonly width?: number;
}

function cell(value: string | number | null): string {
  return value === null ? '' : String(value).replace(/\s+/g, ' ');
}

/** Rows as aligned text columns under a heading; long cells are cut with "…". */
export function formatTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((row) =>
    columns.map((column) => {
      const text = cell(column.value(row));
      return column.width !== undefined && text.length > column.width ? `${text.slice(0, column.width - 1)}…` : text;
    }),
  );
  const widths = columns.map((column, i) => Math.max(column.header.length, ...cells.map((row) => row[i].length)));
  const line = (values: readonly string[]): string => values.map((value, i) => (i === values.length - 1 ? value : value.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(columns.map((column) => column.header)), ...cells.map(line)].join('\n');
}

/** Rows as CSV (RFC 4180: comma-separated, fields quoted where needed, CRLF line ends). */
export function formatCsv<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const field = (value: string | number | null): string => {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.map((column) => field(column.header)), ...rows.map((row) => columns.map((column) => field(column.value(row))))]
    .map((fields) => fields.join(','))
    .join('\r\n');
}
