/**
 * The live page written out as compact HTML, for the background to read the article from
 * (html-article.ts): Readability is too slow to run on the page's main thread in one piece, and
 * the background has no page of its own. The walk pauses between small steps (see steps.ts), so
 * the content script can give the page back its main thread between slices.
 *
 * What Readability and the metadata read is kept: every element outside the not-text subtrees,
 * with its attributes (huge ones, such as inline images, cut short), JSON-LD, the head's title,
 * meta and link elements. Comments are left out. Like the page copy the article used to be read
 * from, the body's text is cut after `maxTextChars` characters while its elements stay.
 */
import type { Steps } from '../anchoring/steps';
import { isNotText } from './not-text';

export interface PageHtml {
  html: string;
  /** Text or elements were left out past the limits: only the page's beginning was written. */
  truncated: boolean;
}

export interface PageHtmlOptions {
  /** Most characters of the body's text written; the elements after it are written empty. */
  maxTextChars: number;
  /** Past this length of HTML, nothing more is written (the page is cut there). */
  maxHtmlChars: number;
}

/** Longer attribute values (data: addresses, srcset lists) are cut: nothing read needs their end. */
export const MAX_ATTRIBUTE_CHARS = 2048;
/** Nodes written between two pauses: a step of well under a millisecond. */
const NODES_PER_STEP = 200;

const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Names the HTML parser reads back as they are; elements and attributes named otherwise are left out. */
const NAME = /^[a-zA-Z][^\s"'<>/=\u0000-\u001f]*$/;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const ESCAPED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeText = (text: string) => text.replace(/[&<>]/g, (c) => ESCAPED[c]!);
const escapeAttribute = (value: string) => value.replace(/[&"]/g, (c) => ESCAPED[c]!);
/** JSON-LD is raw text to the parser: only a closing tag inside it could end it early. */
const rawScriptText = (text: string) => text.replace(/<\//g, '<\\/');

function startTag(element: Element, tag: string): string {
  let tagText = `<${tag}`;
  for (const { name, value } of element.attributes) {
    if (!NAME.test(name)) continue;
    const kept = value.length > MAX_ATTRIBUTE_CHARS ? value.slice(0, MAX_ATTRIBUTE_CHARS) : value;
    tagText += kept === '' ? ` ${name}` : ` ${name}="${escapeAttribute(kept)}"`;
  }
  return `${tagText}>`;
}

/** Writes `doc` as HTML in steps; null when it has no body. `doc` is only read. */
export function* pageHtmlSteps(doc: Document, options: PageHtmlOptions): Steps<PageHtml | null> {
  const root = doc.documentElement;
  const body = doc.body;
  if (!root || !body) return null;
  const parts: string[] = ['<!DOCTYPE html>'];
  let size = 0;
  const write = (piece: string) => {
    parts.push(piece);
    size += piece.length;
  };
  /** End tags of the open elements; '' for one whose tag was left out. */
  const open: string[] = [];
  const close = () => {
    const tag = open.pop()!;
    if (tag) write(`</${tag}>`);
  };
  let bodyText = 0;
  let inBody = false;
  let cut = false;
  let visited = 0;
  let node: Node = root;
  for (;;) {
    let descend = false;
    if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (!isNotText(element)) {
        const tag = NAME.test(element.localName) ? element.localName : '';
        if (tag) write(startTag(element, tag));
        if (element === body) inBody = true;
        if (!VOID_TAGS.has(tag)) {
          open.push(tag);
          if (element.firstChild) descend = true;
          else close();
        }
      }
    } else if (node.nodeType === TEXT_NODE) {
      const data = node.nodeValue ?? '';
      if ((node.parentNode as Element | null)?.localName === 'script') write(rawScriptText(data));
      else if (!inBody) write(escapeText(data));
      else {
        if (bodyText < options.maxTextChars) write(escapeText(data.slice(0, options.maxTextChars - bodyText)));
        bodyText += data.length;
      }
    }
    if (size > options.maxHtmlChars) {
      cut = true;
      break;
    }
    if (++visited % NODES_PER_STEP === 0) yield;
    if (descend) {
      node = node.firstChild!;
      continue;
    }
    while (node !== root && !node.nextSibling) {
      node = node.parentNode!;
      if (node === body) inBody = false;
      close();
    }
    if (node === root) break;
    node = node.nextSibling!;
  }
  while (open.length) close();
  return { html: parts.join(''), truncated: cut || bodyText > options.maxTextChars };
}
