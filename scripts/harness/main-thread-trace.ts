/**
 * A page's main-thread tasks as Chromium's tracing records them, each with the CPU time the thread
 * spent on it. A task's wall time also counts the time the operating system ran other processes
 * (the extension's background, the browser, the test itself) while the task waited for a core;
 * its CPU time is the work it did, which is what slicing that work keeps short.
 */
import type { CDPSession } from 'playwright-core';

export interface MainThreadTask {
  /** Milliseconds from the trace's first mark. */
  start: number;
  wall: number;
  cpu: number;
  /** CPU time in the task spent in the page's own scripts (not the extension's, not unattributed). */
  pageScriptCpu: number;
}

export interface MainThreadTrace {
  /** Puts a named mark on the page's main thread, to cut the trace into windows. */
  mark(label: string): Promise<void>;
  /** Ends the trace: the tasks that started between two marks. */
  stop(): Promise<(from: string, to: string) => MainThreadTask[]>;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { message?: string; url?: string; frame?: string; scriptId?: string | number } };
}

/** Events that run script and name the script's address. */
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.evaluateModule']);
const MARK_PREFIX = 'main-thread-trace:';

export async function startMainThreadTrace(cdp: CDPSession): Promise<MainThreadTrace> {
  const events: TraceEvent[] = [];
  const onData = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] },
  });
  return {
    mark: async (label) => {
      await cdp.send('Runtime.evaluate', { expression: `console.timeStamp(${JSON.stringify(MARK_PREFIX + label)})` });
    },
    stop: async () => {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', onData);
      await cdp.detach();
      return windowsOf(events);
    },
  };
}

function windowsOf(events: TraceEvent[]): (from: string, to: string) => MainThreadTask[] {
  const marks = new Map<string, TraceEvent>();
  for (const event of events) {
    const message = event.name === 'TimeStamp' ? event.args?.data?.message : undefined;
    if (message?.startsWith(MARK_PREFIX)) marks.set(message.slice(MARK_PREFIX.length), event);
  }
  const first = [...marks.values()][0];
  if (!first) throw new Error('The trace holds none of its marks: the page never ran them.');
  // The marks ran on the page's main thread, which names the thread to read.
  const thread = events.filter((e) => e.pid === first.pid && e.tid === first.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const tasks = thread.filter((e) => e.name === 'RunTask');
  const at = (label: string) => {
    const mark = marks.get(label);
    if (!mark) throw new Error(`The trace has no mark "${label}"; it has ${[...marks.keys()].join(', ')}.`);
    return mark.ts;
  };
  return (from, to) => {
    const [start, end] = [at(from), at(to)];
    return tasks
      .filter((task) => task.ts >= start && task.ts < end)
      .map((task) => ({
        start: (task.ts - first.ts) / 1000,
        wall: (task.dur ?? 0) / 1000,
        cpu: (task.tdur ?? 0) / 1000,
        pageScriptCpu: pageScriptCpu(thread, task) / 1000,
      }));
  };
}

/** CPU time of the script events in the task whose script is the page's, nested ones counted once. */
function pageScriptCpu(thread: TraceEvent[], task: TraceEvent): number {
  const end = task.ts + (task.dur ?? 0);
  let total = 0;
  let coveredUntil = -Infinity;
  for (let i = firstAtOrAfter(thread, task.ts); i < thread.length && thread[i]!.ts < end; i++) {
    const event = thread[i]!;
    if (!SCRIPT_EVENTS.has(event.name) || event.ts < coveredUntil || !isPageScript(event)) continue;
    coveredUntil = event.ts + (event.dur ?? 0);
    total += event.tdur ?? 0;
  }
  return total;
}

/**
 * A script event of a frame of the page whose script is not the extension's. Inline scripts and
 * the functions they define have an empty address, but a function of theirs has a script id; a
 * call with neither (a bound or built-in function, which content scripts' listeners can be) is
 * nobody's in particular and is not taken for the page's. The devtools protocol's own
 * evaluations name no frame.
 */
function isPageScript(event: TraceEvent): boolean {
  const data = event.args?.data;
  if (!data?.frame || /^(chrome|moz)-extension:/.test(data.url ?? '')) return false;
  return event.name !== 'FunctionCall' || !!data.url || Number(data.scriptId ?? 0) > 0;
}

/** Index of the first event, in events sorted by time, that starts at or after `ts`. */
function firstAtOrAfter(events: TraceEvent[], ts: number): number {
  let [low, high] = [0, events.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (events[middle]!.ts < ts) low = middle + 1;
    else high = middle;
  }
  return low;
}
