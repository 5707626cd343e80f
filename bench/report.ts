/**
 * The bench's output: a readable table of every figure with its budget, then, as the last line,
 * one JSON object of the measured figures. A figure that could not be measured has no key in the
 * JSON; its row says why.
 */
import { round } from './stats';

export interface Budget {
  /** The figure passes when it is at most `max`, at least `min`, exactly `equals`, or above `above`. */
  max?: number;
  min?: number;
  equals?: number;
  above?: { value: number; name: string };
  /** Where the budget is written down. */
  source: string;
}

export interface Figure {
  key: string;
  label: string;
  unit: string;
  value: number;
  budget?: Budget;
  /** Context printed next to the figure (sample count, peer ratio, …). */
  note?: string;
}

export interface Missing {
  key: string;
  label: string;
  why: string;
}

export class Report {
  readonly figures: Figure[] = [];
  readonly missing: Missing[] = [];
  /** Figures printed for context only, never in the JSON line. */
  readonly details: { label: string; text: string }[] = [];

  add(figure: Figure): void {
    this.figures.push({ ...figure, value: round(figure.value, figure.value < 10 ? 2 : 1) });
  }

  miss(key: string, label: string, why: string): void {
    this.missing.push({ key, label, why });
  }

  detail(label: string, text: string): void {
    this.details.push({ label, text });
  }

  json(): Record<string, number> {
    return Object.fromEntries(this.figures.map((f) => [f.key, f.value]));
  }

  render(): string {
    const rows = [
      ['figure', 'value', 'budget', 'result', 'note'],
      ...this.figures.map((f) => [f.key, `${f.value} ${f.unit}`, budgetText(f), verdict(f), f.note ? `${f.label}: ${f.note}` : f.label]),
      ...this.missing.map((m) => [m.key, '—', '', 'NOT MEASURED', `${m.label}: ${m.why}`]),
    ];
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (c === 4 ? 0 : r[c]!.length))));
    const line = (r: string[]) => r.map((cell, c) => (c === 4 ? cell : cell.padEnd(widths[c]!))).join('  ').trimEnd();
    const out = [line(rows[0]!), widths.map((w, c) => '-'.repeat(c === 4 ? 4 : w)).join('  '), ...rows.slice(1).map(line)];
    if (this.details.length) {
      out.push('', 'Details:');
      for (const d of this.details) out.push(`  ${d.label}: ${d.text}`);
    }
    return out.join('\n');
  }
}

function budgetText(f: Figure): string {
  if (!f.budget) return 'none set';
  const { max, min, equals, above, source } = f.budget;
  if (equals !== undefined) return `= ${equals} (${source})`;
  if (min !== undefined) return `≥ ${min} (${source})`;
  if (above !== undefined) return `> ${above.name} (${source})`;
  return `≤ ${max} (${source})`;
}

function verdict(f: Figure): 'pass' | 'FAIL' | '' {
  if (!f.budget) return '';
  const { max, min, equals, above } = f.budget;
  const ok = (equals === undefined || f.value === equals) && (max === undefined || f.value <= max) && (min === undefined || f.value >= min) && (above === undefined || f.value > above.value);
  return ok ? 'pass' : 'FAIL';
}
