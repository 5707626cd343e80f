/**
 * Gives the main thread back to the page between slices of Crosslight's work, so that input and
 * rendering never wait behind it. `scheduler.yield()` (Chrome 129+) resumes ahead of other queued
 * tasks; elsewhere a zero-delay timer does the same job a little less promptly.
 */
type WithScheduler = typeof globalThis & { scheduler?: { yield?: () => Promise<void> } };

export function pauseForPage(): Promise<void> {
  const scheduler = (globalThis as WithScheduler).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
