import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { conflictBadge } from '../../../lib/background/badge';

describe('the conflict badge', () => {
  beforeEach(() => fakeBrowser.reset());
  const setBadge = () => conflictBadge(fakeBrowser.action);

  it('shows the number of conflicts on the tab it belongs to', async () => {
    await setBadge()(7, 3);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('3');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
  });

  it('hides itself when the page has no conflicts', async () => {
    await setBadge()(7, 2);
    await setBadge()(7, 0);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it('stays short for very many conflicts', async () => {
    await setBadge()(7, 250);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('99+');
  });
});
