/**
 * The offscreen document's one job: read the article of a page for the service worker, with the
 * browser's own HTML parser (see page-reader.ts). Every other message sent to the extension's
 * pages reaches it too and is left for the background to answer. Idle, it closes itself, so that
 * a reader who stops reading does not keep a renderer process for it.
 */
import { articleOfPageHtml, nativeHtmlParser } from '../extract/html-article';
import { claimedType, type Response, type RequestType } from '../messages';
import { handleMessage } from '../messaging/protocol-server';
import type { MessageSender } from './router';

/** Idle time before the document closes; the background opens it again for the next page. */
export const OFFSCREEN_IDLE_MS = 5 * 60_000;

export interface OffscreenReaderDeps {
  /** The service worker's address: the only sender it answers. */
  backgroundUrl: string;
  extensionId: string;
  close: () => void;
  onError: (error: unknown, type: string) => void;
}

export function createOffscreenReader(deps: OffscreenReaderDeps): (message: unknown, sender: MessageSender) => Promise<Response<RequestType>> | undefined {
  const parse = nativeHtmlParser();
  if (!parse) throw new Error('The offscreen document has no DOMParser.');
  let idle: ReturnType<typeof setTimeout> | undefined;
  return (message, sender) => {
    // Undefined leaves the message to its receiver, the background: no answer from here.
    if (claimedType(message) !== 'offscreen.read' || sender.id !== deps.extensionId || sender.tab !== undefined || sender.url !== deps.backgroundUrl) return undefined;
    clearTimeout(idle);
    idle = setTimeout(deps.close, OFFSCREEN_IDLE_MS);
    return handleMessage({ 'offscreen.read': async ({ url, html, truncated }) => articleOfPageHtml({ html, truncated }, url, parse) }, message, undefined, deps.onError);
  };
}
