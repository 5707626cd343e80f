import { describe, expect, it } from 'vitest';
import { conflictBadge, type BadgeApi } from '../../../lib/background/badge';

function failingApi(message: string): BadgeApi {
  return {
    setBadgeText: async () => Promise.reject(new Error(message)),
    setBadgeBackgroundColor: async () => undefined,
  };
}

describe('the conflict badge of a tab closed before its analysis finished', () => {
  it('is quietly not set, in Chromium and Firefox words', async () => {
    await expect(conflictBadge(failingApi('No tab with id: 932506380.'))(932506380, 2)).resolves.toBeUndefined();
    await expect(conflictBadge(failingApi('Invalid tab ID: 12'))(12, 0)).resolves.toBeUndefined();
  });

  it('still reports every other failure', async () => {
    await expect(conflictBadge(failingApi('Extension context invalidated.'))(1, 1)).rejects.toThrow('Extension context invalidated');
  });
});
