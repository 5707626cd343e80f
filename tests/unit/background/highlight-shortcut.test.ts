import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toggleHighlightsInTab } from '../../../lib/background/highlight-shortcut';
import { hiddenSitesSetting } from '../../../lib/settings';
import { pageState, transportTo } from '../ui/views';

beforeEach(() => fakeBrowser.reset());

describe('the shortcut that hides highlights on a site', () => {
  it('hides highlights on the site of the page in the tab, then shows them again', async () => {
    const page = transportTo({ 'page.state': async () => pageState({ url: 'https://www.outlet0.example/article' }) }, null);
    await hiddenSitesSetting.setValue(['other.example']);
    expect(await toggleHighlightsInTab(page)).toBe(true);
    expect(await hiddenSitesSetting.getValue()).toEqual(['other.example', 'www.outlet0.example']);
    expect(await toggleHighlightsInTab(page)).toBe(false);
    expect(await hiddenSitesSetting.getValue()).toEqual(['other.example']);
  });

  it('does nothing in a tab where Crosslight does not run', async () => {
    const nobody = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    expect(await toggleHighlightsInTab(nobody)).toBeNull();
    expect(await hiddenSitesSetting.getValue()).toEqual([]);
  });

  it('reports a page that refuses to answer', async () => {
    await expect(toggleHighlightsInTab(transportTo({}, null))).rejects.toThrow(/No handler/);
  });
});
