/** A measured figure against its budget, and the table `npm run bench` prints. */

export interface Figure {
  metric: string;
  value: number;
  /** '' for a bare number (a layout-shift score). */
  unit: 'B' | 'ms' | '×' | '';
  /** Over this, the bench fails; without one the figure is reported only. */
  budget?: number;
  /** What we aim for; informative only. */
  aim?: number;
  /** How the value was taken (runs, medians), printed under the table. */
  note?: string;
}

export const withinBudget = (figure: Figure): boolean => figure.budget === undefined || figure.value <= figure.budget;

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('No values to take the median of');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function format(value: number, unit: Figure['unit']): string {
  if (unit === 'B') return `${value.toLocaleString('en-US')} B`;
  if (unit === 'ms') return `${value.toFixed(1)} ms`;
  return unit === '×' ? `${value.toFixed(3)}×` : value.toFixed(4);
}

export function table(figures: readonly Figure[]): string {
  const header = ['metric', 'value', 'budget', 'aim', 'ok'];
  const rows = figures.map((figure) => [
    figure.metric,
    format(figure.value, figure.unit),
    figure.budget === undefined ? 'none' : format(figure.budget, figure.unit),
    figure.aim === undefined ? '' : `${format(figure.aim, figure.unit)}${figure.value <= figure.aim ? ' (met)' : ''}`,
    figure.budget === undefined ? '' : withinBudget(figure) ? 'ok' : 'OVER BUDGET',
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const notes = figures.filter((figure) => figure.note).map((figure) => `- ${figure.metric}: ${figure.note}`);
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line), '', ...notes].join('\n');
}
