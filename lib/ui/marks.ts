/** Splitting a quote into plain and marked runs, so marks render as elements, never as markup. */

export interface TextRun {
  text: string;
  marked: boolean;
}

/**
 * Cuts `text` at the given spans. Spans may come unsorted, overlapping or partly out of range
 * (they are computed elsewhere, on possibly different text): they are clamped and merged.
 */
export function markRuns(text: string, marks: readonly { start: number; end: number }[]): TextRun[] {
  const spans = marks
    .map(({ start, end }) => ({ start: Math.max(0, Math.min(start, text.length)), end: Math.max(0, Math.min(end, text.length)) }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start);
  const runs: TextRun[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.end <= cursor) continue;
    const start = Math.max(span.start, cursor);
    if (start > cursor) runs.push({ text: text.slice(cursor, start), marked: false });
    const last = runs[runs.length - 1];
    if (last?.marked && start === cursor) last.text += text.slice(start, span.end);
    else runs.push({ text: text.slice(start, span.end), marked: true });
    cursor = span.end;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor), marked: false });
  return runs;
}
