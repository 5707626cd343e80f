import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOffscreenReader, OFFSCREEN_IDLE_MS } from '../../../lib/background/offscreen-reader';
import { createPageReader, readWithLinkedom, type OffscreenDocument } from '../../../lib/background/page-reader';
import type { MessageSender } from '../../../lib/background/router';
import type { Request } from '../../../lib/messages';

const EXTENSION_ID = 'crosslight-test';
const BACKGROUND_URL = `chrome-extension://${EXTENSION_ID}/background.js`;
const background: MessageSender = { id: EXTENSION_ID, url: BACKGROUND_URL };
const page = { html: readFileSync(join(__dirname, '../../fixtures/pages/ars-1/source.html'), 'utf8'), truncated: false };
const URL = 'https://news.example/ars-1';

/** The browser's DOMParser, as an offscreen document has it (happy-dom's, in Node). */
function withBrowserParser<T>(make: () => T): T {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  vi.stubGlobal('DOMParser', window.DOMParser);
  try {
    return make();
  } finally {
    vi.unstubAllGlobals();
  }
}

/** An offscreen document that really reads pages, opened and closed as Chrome would. */
function offscreenDocument(options: { open?: boolean } = {}) {
  let open = options.open ?? false;
  const calls = { opened: 0, sent: 0, closed: 0 };
  const receive = withBrowserParser(() =>
    createOffscreenReader({ backgroundUrl: BACKGROUND_URL, extensionId: EXTENSION_ID, close: () => ((open = false), calls.closed++), onError: () => undefined }),
  );
  const document: OffscreenDocument = {
    isOpen: async () => open,
    open: async () => {
      calls.opened++;
      open = true;
    },
    send: async (message: Request) => {
      calls.sent++;
      if (!open) throw new Error('Could not establish connection. Receiving end does not exist.');
      return receive(message, background);
    },
  };
  return { document, calls, close: () => (open = false) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createPageReader', () => {
  it('reads a page with the platform’s own parser where the background has one', async () => {
    const offscreen = offscreenDocument();
    const read = withBrowserParser(() => createPageReader(offscreen.document, () => undefined));
    expect((await read(page, URL))?.page.text).toContain('Minecraft');
    expect(offscreen.calls.sent).toBe(0);
  });

  it('asks the offscreen document, opened once for reads that come together, for the article linkedom reads too', async () => {
    const offscreen = offscreenDocument();
    const read = createPageReader(offscreen.document, () => undefined);
    const [first, second] = await Promise.all([read(page, URL), read(page, URL)]);
    expect(offscreen.calls.opened).toBe(1);
    expect(offscreen.calls.sent).toBe(2);
    const expected = await readWithLinkedom(page, URL);
    expect(expected).not.toBeNull();
    expect(first).toEqual(expected);
    expect(second).toEqual(expected);
  });

  it('opens the document again when it closed after the last read', async () => {
    const offscreen = offscreenDocument();
    const errors: unknown[] = [];
    const read = createPageReader(offscreen.document, (error) => errors.push(error));
    await read(page, URL);
    offscreen.close();
    expect(await read(page, URL)).not.toBeNull();
    expect(offscreen.calls.opened).toBe(2);
    expect(errors).toEqual([]);
  });

  it('reads with linkedom, and reports why, when the offscreen document cannot be opened', async () => {
    const errors: unknown[] = [];
    const broken: OffscreenDocument = {
      isOpen: async () => false,
      open: async () => {
        throw new Error('Offscreen documents are not allowed here.');
      },
      send: async () => undefined,
    };
    const read = createPageReader(broken, (error) => errors.push(error));
    expect(await read(page, URL)).toEqual(await readWithLinkedom(page, URL));
    expect(errors.map(String)).toEqual(['Error: Offscreen documents are not allowed here.']);
  });
});

describe('the offscreen document', () => {
  const receive = () => withBrowserParser(() => createOffscreenReader({ backgroundUrl: BACKGROUND_URL, extensionId: EXTENSION_ID, close: () => undefined, onError: () => undefined }));
  const read: Request = { type: 'offscreen.read', url: URL, ...page };

  it('leaves every message but the background’s reading request to the background', () => {
    const reader = receive();
    expect(reader({ ...read, type: 'page.read' }, { id: EXTENSION_ID, url: 'https://news.example/', tab: { id: 3 } })).toBeUndefined();
    expect(reader({ type: 'store.stats' }, { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/manager.html` })).toBeUndefined();
    expect(reader(read, { id: EXTENSION_ID, url: 'https://news.example/', tab: { id: 3 } })).toBeUndefined();
    expect(reader(read, { id: 'another-extension', url: BACKGROUND_URL })).toBeUndefined();
  });

  it('refuses a malformed reading request with a message', async () => {
    expect(await receive()({ type: 'offscreen.read', url: URL }, background)).toMatchObject({ ok: false, error: expect.stringContaining('offscreen.read') });
  });

  it(`closes itself ${OFFSCREEN_IDLE_MS / 60_000} minutes after its last read`, async () => {
    vi.useFakeTimers();
    let closed = 0;
    const reader = withBrowserParser(() => createOffscreenReader({ backgroundUrl: BACKGROUND_URL, extensionId: EXTENSION_ID, close: () => closed++, onError: () => undefined }));
    await reader(read, background);
    vi.advanceTimersByTime(OFFSCREEN_IDLE_MS - 1000);
    await reader(read, background);
    vi.advanceTimersByTime(OFFSCREEN_IDLE_MS - 1000);
    expect(closed).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(closed).toBe(1);
  });
});
