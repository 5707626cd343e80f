// @vitest-environment happy-dom
import { h } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimCard } from '../../../components/ClaimCard';
import { createCardHost } from '../../../lib/highlight/card-host';
import type { ClaimCardView } from '../../../lib/messages';

afterEach(() => {
  document.body.innerHTML = '';
});

function setUp() {
  document.body.innerHTML = '<p id="text">The talks lasted two hours.</p><button id="page-button">Page</button>';
  const range = document.createRange();
  range.selectNodeContents(document.getElementById('text')!);
  const pageButton = document.getElementById('page-button') as HTMLButtonElement;
  pageButton.focus();
  const refs: { first?: HTMLElement | null; last?: HTMLElement | null; dialog?: HTMLElement | null } = {};
  const host = createCardHost(document);
  return { host, range, pageButton, refs };
}

const tab = (target: Element, shiftKey = false) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, composed: true, cancelable: true }));

describe('the in-page card host', () => {
  it('keeps Tab and Shift+Tab inside the open card', () => {
    const { host, range, refs } = setUp();
    host.open(
      range,
      () =>
        h('div', { role: 'dialog', tabIndex: -1, ref: (el: HTMLElement | null) => (refs.dialog = el) }, [
          h('button', { ref: (el: HTMLElement | null) => (refs.first = el) }, 'First'),
          h('a', { href: 'https://a.example/', ref: (el: HTMLElement | null) => (refs.last = el) }, 'Last'),
        ]),
      { scheme: 'light' },
    );
    refs.last!.focus();
    expect(tab(refs.last!)).toBe(false);
    expect((refs.first!.getRootNode() as ShadowRoot).activeElement).toBe(refs.first);
    expect(tab(refs.first!, true)).toBe(false);
    expect((refs.last!.getRootNode() as ShadowRoot).activeElement).toBe(refs.last);
    host.dispose();
  });

  it('closes on Esc and gives focus back to where it was', () => {
    const { host, range, pageButton } = setUp();
    host.open(range, (close) => h(ClaimCard, { quote: 'q', load: () => new Promise<ClaimCardView>(() => {}), onClose: close }), { scheme: 'light' });
    expect(host.isOpen).toBe(true);
    expect(document.activeElement).not.toBe(pageButton);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(host.isOpen).toBe(false);
    expect(document.activeElement).toBe(pageButton);
  });

  it('closes on a click outside, and takes the colours of the page it opens on', () => {
    const { host, range } = setUp();
    host.open(range, () => h('div', { role: 'dialog' }, 'card'), { scheme: 'dark' });
    expect((host.element as HTMLElement).dataset.scheme).toBe('dark');
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(host.isOpen).toBe(false);
    expect(document.documentElement.children).toHaveLength(2);
  });
});
