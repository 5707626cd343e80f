import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildDomTextMap, domPosition, domTextMapSteps } from '../../../lib/anchoring/dom-text-map';

const parse = (body: string) => parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;

describe('buildDomTextMap', () => {
  it('concatenates visible text and leaves out scripts, styles, form fields and hidden elements', () => {
    const doc = parse(
      '<p>One <b>two</b></p><script>var x = 1;</script><style>p{}</style><textarea>typed</textarea>' +
        '<div hidden>h1</div><div aria-hidden="true">h2</div><div style="display:none">h3</div><p>three</p>',
    );
    expect(buildDomTextMap(doc.body).text).toBe('One two\nthree');
  });

  it('keeps adjacent blocks apart so their words do not run together', () => {
    expect(buildDomTextMap(parse('<h1>Title</h1><p>Body<br>line</p>').body).text).toBe('Title\nBody\nline');
  });

  it('pauses between small steps on a long page, building the same map', () => {
    const doc = parse('<p>word <i>and</i> word</p>'.repeat(1000));
    const steps = domTextMapSteps(doc.body);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(10);
    expect(step.value).toEqual(buildDomTextMap(doc.body));
  });

  it('leaves out the excluded subtree', () => {
    const doc = parse('<p>article</p><div id="own"><p>card text</p></div>');
    expect(buildDomTextMap(doc.body, doc.getElementById('own')).text).toBe('article');
  });

  it('maps offsets back to the text node and offset they come from', () => {
    const doc = parse('<p>One <b>two</b></p><p>three</p>');
    const map = buildDomTextMap(doc.body);
    const at = (offset: number, edge: 'start' | 'end') => {
      const position = domPosition(map, offset, edge)!;
      return [position.node.data, position.offset];
    };
    expect(at(0, 'start')).toEqual(['One ', 0]);
    expect(at(4, 'start')).toEqual(['two', 0]);
    expect(at(7, 'end')).toEqual(['two', 3]);
    // Offset 7 is the separator after "two": a range starting there starts in "three".
    expect(at(7, 'start')).toEqual(['three', 0]);
    expect(at(13, 'end')).toEqual(['three', 5]);
    expect(domPosition(map, 14, 'end')).toBeNull();
  });
});
