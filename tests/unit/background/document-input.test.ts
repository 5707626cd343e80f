import { describe, expect, it } from 'vitest';
import { documentInputOf, trustedCanonical } from '../../../lib/background/document-input';
import type { PageInput } from '../../../lib/messages';

const page: PageInput = {
  url: 'https://m.news.example/world/story-1?utm_source=x',
  canonicalUrl: 'https://www.news.example/world/story-1',
  title: 'Story',
  site: 'News',
  byline: '',
  published: '',
  language: '',
  text: 'Text.',
};

describe('turning an extracted page into ingest input', () => {
  it('keys the source by the page’s canonical address and remembers the address it was read under', () => {
    const input = documentInputOf(page);
    expect(input.url).toBe(page.canonicalUrl);
    expect(input.urls).toEqual([page.url]);
    expect(input.language).toBeUndefined();
  });

  it('trusts a canonical address on another rendering of the same site', () => {
    expect(trustedCanonical('https://amp.news.example/a', 'https://news.example/a')).toBe('https://news.example/a');
  });

  it('does not trust a canonical address on another site: a syndicated copy stays its own source', () => {
    expect(trustedCanonical('https://blog.example/repost', 'https://news.example/a')).toBeNull();
    expect(documentInputOf({ ...page, canonicalUrl: 'https://news.other/a' }).url).toBe(page.url);
  });

  it('does not trust a canonical address that points at the site’s home page', () => {
    expect(trustedCanonical('https://news.example/world/story-1', 'https://news.example/')).toBeNull();
    expect(trustedCanonical('https://news.example/', 'https://news.example')).toBe('https://news.example');
  });

  it('uses the page address when there is no canonical one', () => {
    const input = documentInputOf({ ...page, canonicalUrl: '' });
    expect(input.url).toBe(page.url);
    expect(input.urls).toEqual([]);
  });
});
