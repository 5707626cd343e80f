import { describe, expect, it } from 'vitest';
import { hostnameOf, parseSiteInput, safeHref, siteLabel, withItem } from '../../../lib/ui/sites';

describe('hostnameOf', () => {
  it('gives the lower-case hostname of web addresses only', () => {
    expect(hostnameOf('https://WWW.Example.org/news?id=1')).toBe('www.example.org');
    expect(hostnameOf('http://127.0.0.1:8080/a')).toBe('127.0.0.1');
    expect(hostnameOf('chrome://extensions')).toBeNull();
    expect(hostnameOf('file:///home/a.html')).toBeNull();
    expect(hostnameOf('not a url')).toBeNull();
  });
});

describe('parseSiteInput', () => {
  it('accepts a site written as a hostname, an address or with stray spaces and capitals', () => {
    expect(parseSiteInput('example.org')).toBe('example.org');
    expect(parseSiteInput(' https://www.Example.org/news/1 ')).toBe('www.example.org');
    expect(parseSiteInput('news.example.co.uk/world')).toBe('news.example.co.uk');
    expect(parseSiteInput('localhost:3000')).toBe('localhost');
  });

  it('refuses what is not a hostname', () => {
    expect(parseSiteInput('')).toBeNull();
    expect(parseSiteInput('two words')).toBeNull();
    expect(parseSiteInput('javascript:alert(1)')).toBeNull();
    expect(parseSiteInput('chrome://settings')).toBeNull();
    expect(parseSiteInput('-bad-.org')).toBeNull();
  });
});

describe('siteLabel', () => {
  it('drops the www prefix from hostnames and addresses', () => {
    expect(siteLabel('www.example.org')).toBe('example.org');
    expect(siteLabel('https://www2.example.org/a')).toBe('example.org');
    expect(siteLabel('news.example.org')).toBe('news.example.org');
  });
});

describe('withItem', () => {
  it('adds and removes without repeats and keeps the list sorted', () => {
    expect(withItem(['b.org', 'a.org'], 'c.org', true)).toEqual(['a.org', 'b.org', 'c.org']);
    expect(withItem(['a.org'], 'a.org', true)).toEqual(['a.org']);
    expect(withItem(['a.org', 'b.org'], 'a.org', false)).toEqual(['b.org']);
    expect(withItem([], 'a.org', false)).toEqual([]);
  });
});

describe('safeHref', () => {
  it('lets only web addresses become links', () => {
    expect(safeHref('https://example.org/a#:~:text=two%20hours')).toBe('https://example.org/a#:~:text=two%20hours');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<script>')).toBeUndefined();
    expect(safeHref('')).toBeUndefined();
  });
});
