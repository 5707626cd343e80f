/**
 * linkedom, a DOM written in JavaScript: what parses pages where the platform has no parser of its
 * own (Chrome's service worker, Node). Kept apart so that pages with a native parser do not load it.
 */
import { parseHTML } from 'linkedom';
import type { HtmlParser } from './html-article';

export const parseWithLinkedom: HtmlParser = (html) => parseHTML(html).document as unknown as Document;
