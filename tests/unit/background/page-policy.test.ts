import { describe, expect, it } from 'vitest';
import { isSiteDisabled, mayStore } from '../../../lib/background/page-policy';

describe('the page storage policy', () => {
  const settings = { addMode: 'auto' as const, disabledSites: [], excludedUrls: ['https://n.example/kept-out'] };

  it('stores every article in auto mode except pages the reader kept out', () => {
    expect(mayStore(['https://n.example/a', ''], false, settings)).toBe(true);
    expect(mayStore(['https://n.example/x', 'https://n.example/kept-out'], false, settings)).toBe(false);
  });

  it('stores nothing unasked in ask and off modes', () => {
    expect(mayStore(['https://n.example/a'], false, { ...settings, addMode: 'ask' })).toBe(false);
    expect(mayStore(['https://n.example/a'], false, { ...settings, addMode: 'off' })).toBe(false);
  });

  it('stores a page the reader asked to add, whatever the mode', () => {
    expect(mayStore(['https://n.example/a'], true, { ...settings, addMode: 'off' })).toBe(true);
    expect(mayStore(['https://n.example/kept-out'], true, { ...settings, addMode: 'ask' })).toBe(true);
  });

  it('turns off exactly the sites listed, as the popup’s switch shows them', () => {
    expect(isSiteDisabled('www.example.com', ['www.example.com'])).toBe(true);
    expect(isSiteDisabled('news.example.com', ['www.example.com'])).toBe(false);
  });
});
