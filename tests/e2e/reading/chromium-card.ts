/**
 * The in-page card as assistive technology sees it, in Chromium. The card lives in a closed shadow
 * root that no page script (and so no probe) can enter; the accessibility tree, read through the
 * devtools protocol, is what a screen reader reads. Keys are pressed as real keyboard input.
 */
import type { Page } from 'playwright-core';
import type { ChromiumDriver } from '../../../scripts/harness/chromium-driver';
import { pollUntil } from '../../../scripts/harness/poll';

interface AxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
  properties?: { name: string; value: { value: unknown } }[];
}

export interface CardView {
  /** The dialog's accessible name. */
  label: string;
  /** Every text inside it, in order. */
  text: string;
  /** Accessible names of its buttons and links. */
  controls: string[];
  focusedControl: string | null;
}

/** The Playwright page of a tab the driver opened at `url`. */
export function pageAt(driver: ChromiumDriver, url: string): Page {
  const page = driver.session.context.pages().find((p) => p.url() === url);
  if (!page) throw new Error(`No page at ${url}`);
  return page;
}

/** The open card's dialog as the accessibility tree has it, or null when none is open. */
export async function cardView(driver: ChromiumDriver, page: Page): Promise<CardView | null> {
  const cdp = await driver.session.context.newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const dialog = nodes.find((node) => node.role?.value === 'dialog' && !node.ignored);
    if (!dialog) return null;
    const texts: string[] = [];
    const controls: string[] = [];
    let focusedControl: string | null = null;
    const stack = [...(dialog.childIds ?? [])].reverse();
    while (stack.length > 0) {
      const node = byId.get(stack.pop()!);
      if (!node) continue;
      const role = node.role?.value ?? '';
      const name = node.name?.value ?? '';
      if (role === 'StaticText' && name) texts.push(name);
      if ((role === 'button' || role === 'link') && name) {
        controls.push(name);
        if (node.properties?.some((p) => p.name === 'focused' && p.value.value === true)) focusedControl = name;
      }
      stack.push(...[...(node.childIds ?? [])].reverse());
    }
    return { label: dialog.name?.value ?? '', text: texts.join(' ').replace(/\s+/g, ' '), controls, focusedControl };
  } finally {
    await cdp.detach();
  }
}

/** Waits for a card whose text passes `ready` (its data arrives after it opens). */
export function waitForCard(driver: ChromiumDriver, page: Page, what: string, ready: (card: CardView) => boolean): Promise<CardView> {
  return pollUntil(what, async () => {
    const card = await cardView(driver, page);
    return card && ready(card) ? card : null;
  });
}
