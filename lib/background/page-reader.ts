/**
 * How the background reads the article of a page the content script wrote out. Readability on
 * linkedom takes 3–7 times as long as on a browser's own DOM, so the native parser is used
 * wherever the background can reach one: the Firefox background page has DOMParser, Chrome's
 * service worker has not and asks its offscreen document. linkedom reads when neither can.
 */
import type { ExtractedArticle } from '../extract/article';
import { articleOfPageHtml, nativeHtmlParser } from '../extract/html-article';
import { parseWithLinkedom } from '../extract/linkedom-parser';
import type { PageHtml } from '../extract/page-html';
import { request, type Transport } from '../messaging/protocol-client';

export type PageReader = (page: PageHtml, url: string) => Promise<ExtractedArticle | null>;

/** Chrome's offscreen documents as the background uses them: one page with a DOM of its own. */
export interface OffscreenDocument {
  /** Whether it is open (it outlives a stopped service worker, and closes itself when idle). */
  isOpen(): Promise<boolean>;
  open(): Promise<void>;
  /** Sends a request to the extension's pages, the offscreen document among them. */
  send: Transport;
}

export const readWithLinkedom: PageReader = async (page, url) => articleOfPageHtml(page, url, parseWithLinkedom);

export function createPageReader(offscreen: OffscreenDocument | null, onError: (error: unknown) => void): PageReader {
  const parse = nativeHtmlParser();
  if (parse) return async (page, url) => articleOfPageHtml(page, url, parse);
  if (!offscreen) return readWithLinkedom;
  let opened: Promise<void> | null = null;
  const open = () => {
    opened ??= (async () => {
      if (!(await offscreen.isOpen())) await offscreen.open();
    })().catch((error: unknown) => {
      opened = null;
      throw error;
    });
    return opened;
  };
  const ask = async (page: PageHtml, url: string) => {
    await open();
    return request(offscreen.send, { type: 'offscreen.read', url, html: page.html, truncated: page.truncated });
  };
  return async (page, url) => {
    try {
      return await ask(page, url);
    } catch {
      // It closed itself as idle, or the browser closed it, between the check and the request.
      opened = null;
    }
    try {
      return await ask(page, url);
    } catch (error) {
      onError(error);
      return readWithLinkedom(page, url);
    }
  };
}
