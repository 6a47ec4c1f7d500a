// Plain-text rendering for the demo report: headings, aligned tables and horizontal bar charts.
export function heading(title: string): string {
  return `\n${title}\n${'═'.repeat(title.length)}`;
}

export function subheading(title: string): string {
  return `\n${title}\n${'─'.repeat(title.length)}`;
}

export type Cell = string | number;

export function table(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const text = rows.map((row) => row.map((cell) => (typeof cell === 'number' ? formatNumber(cell) : cell)));
  const widths = headers.map((h, i) => Math.max(h.length, ...text.map((row) => (row[i] ?? '').length)));
  const numeric = headers.map((_, i) => rows.every((row) => typeof row[i] === 'number'));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (numeric[i] === true ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...text.map(line)].join('\n');
}

export function formatNumber(value: number, digits = 1): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Horizontal bars scaled to the largest value; optional interval whiskers in the same scale. */
export function barChart(
  rows: readonly { label: string; value: number; lower?: number; upper?: number; note?: string }[],
  options: { width?: number; min?: number; max?: number; unit?: string; hideValue?: boolean } = {},
): string {
  const width = options.width ?? 40;
  const min = options.min ?? Math.min(0, ...rows.map((r) => r.lower ?? r.value));
  const max = options.max ?? Math.max(...rows.map((r) => r.upper ?? r.value));
  const span = max - min || 1;
  const labelWidth = Math.max(...rows.map((r) => r.label.length));
  const pos = (v: number): number => Math.round(((v - min) / span) * width);
  return rows
    .map((r) => {
      const cells = Array.from({ length: width + 1 }, () => ' ');
      const zero = pos(Math.max(min, 0));
      const end = pos(r.value);
      for (let i = Math.min(zero, end); i < Math.max(zero, end); i++) cells[i] = '█';
      if (r.lower !== undefined && r.upper !== undefined) {
        const lo = pos(r.lower);
        const hi = pos(r.upper);
        for (let i = lo; i <= hi; i++) if (cells[i] === ' ') cells[i] = '·';
        cells[lo] = '[';
        cells[hi] = ']';
      }
      const value = options.hideValue === true ? '' : `${formatNumber(r.value)}${options.unit ?? ''}  `;
      return `${r.label.padEnd(labelWidth)} │${cells.join('')} ${value}${r.note ?? ''}`.trimEnd();
    })
    .join('\n');
}
