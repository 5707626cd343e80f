import { describe, expect, it } from 'vitest';
import { hostOf, isSiteDisabled, mayStore } from '../../../lib/background/page-policy';

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

  it('turns a site off together with its subdomains, and only those', () => {
    expect(isSiteDisabled('www.example.com', ['example.com'])).toBe(true);
    expect(isSiteDisabled('example.com', [' Example.com '])).toBe(true);
    expect(isSiteDisabled('notexample.com', ['example.com'])).toBe(false);
    expect(isSiteDisabled('example.com', [''])).toBe(false);
  });

  it('reads hosts of web addresses only', () => {
    expect(hostOf('https://WWW.Example.com/a?b#c')).toBe('www.example.com');
    expect(hostOf('http://127.0.0.1:8080/x')).toBe('127.0.0.1');
    expect(hostOf('file:///home/a.html')).toBeNull();
    expect(hostOf('not a url')).toBeNull();
  });
});
