/**
 * A ClaimStore that notes when each of its requests starts and ends, relative to the start of the
 * ingest it serves: which reads run in sequence, which at once, and which take the time.
 */
import type { ClaimStore } from '../../lib/store/claim-store';

export interface Phase {
  name: string;
  start: number;
  end: number;
}

export function timedStore(store: ClaimStore, started: number, phases: Phase[]): ClaimStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const start = performance.now() - started;
        const result: unknown = value.apply(target, args);
        if (!(result instanceof Promise)) return result;
        return result.then((answer: unknown) => {
          phases.push({ name: String(property), start, end: performance.now() - started });
          return answer;
        });
      };
    },
  });
}

/** Phases as one line: name start→end in ms, in the order they started. */
export function phaseLine(phases: Phase[]): string {
  return [...phases]
    .sort((x, y) => x.start - y.start)
    .map((p) => `${p.name} ${p.start.toFixed(1)}→${p.end.toFixed(1)}`)
    .join(', ');
}
