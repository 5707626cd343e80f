/**
 * A shorter run of the benchmark's long reading session (bench/session.ts, 300 pages there):
 * 40 distinct articles read one after another in one Chromium profile. The background's heap must
 * not grow with the pages read, and the store must grow with what was stored, evenly.
 */
import { describe, expect, it } from 'vitest';
import { measureReadingSession } from '../../../bench/session';

const PAGES = 40;

describe('a long reading session in Chromium', () => {
  it(`reads ${PAGES} articles in a row with the background's memory flat and the store growing with the data`, { timeout: 600_000 }, async () => {
    const session = await measureReadingSession({ pages: PAGES });
    console.log(JSON.stringify(session));
    expect(session.errors).toEqual([]);
    expect(session.sources).toBe(PAGES + 5);
    expect(session.workerRestarts).toBe(0);
    // The budget for 300 pages is 20 MB; 40 pages must stay well inside it.
    expect(session.heapGrowthMb).toBeLessThan(10);
    // Growth per page in the second half is not more than in the first: nothing accumulates beyond the data.
    expect(session.storeAfterMb).toBeGreaterThan(session.storeBeforeMb);
    expect(session.storeKbPerPageSecondHalf).toBeLessThan(session.storeKbPerPageFirstHalf * 1.5 + 16);
  });
});
