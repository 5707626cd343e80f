/**
 * Long work written as a generator that pauses between small steps, so the same code can run at
 * once (tools, tests) or in slices that give the page back its main thread between them.
 */

export type Steps<T> = Generator<void, T>;

/** Runs every step now. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface SliceOptions {
  /** Longest run of steps before giving the main thread back, in milliseconds. */
  budgetMs: number;
  /** Gives the main thread back to the page; resolves when it is ours again. */
  pause: () => Promise<void>;
  /** Checked after every pause: true when the result is no longer wanted. */
  cancelled: () => boolean;
}

/** Runs the steps in slices of at most about `budgetMs`; null when cancelled on the way. */
export async function runStepsInSlices<T>(steps: Steps<T>, options: SliceOptions): Promise<T | null> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart < options.budgetMs) continue;
    await options.pause();
    if (options.cancelled()) {
      steps.return(undefined as T);
      return null;
    }
    sliceStart = performance.now();
  }
}
