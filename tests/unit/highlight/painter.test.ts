// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createPainter, HIGHLIGHT_STYLES, isOnDarkBackground, luminance, readHighlightChoice, styleOf } from '../../../lib/highlight/painter';

describe('painter', () => {
  it('names one style per relation to other sources and per entity type', () => {
    expect(styleOf({ kind: 'claim', id: 'c', start: 0, end: 1, relation: 'conflicts' })).toBe('claim-conflicts');
    expect(styleOf({ kind: 'entity', id: 'e', start: 0, end: 1, entityType: 'organization' })).toBe('entity-organization');
    expect(new Set(HIGHLIGHT_STYLES).size).toBe(6);
  });

  it('leaves claims that no other source reports unpainted, so that articles do not look underlined throughout', () => {
    expect(styleOf({ kind: 'claim', id: 'c', start: 0, end: 1, relation: 'none' })).toBeNull();
  });

  it('leaves out what the reader chose not to see: names, or every claim but the conflicts', () => {
    const agreeing = { kind: 'claim', id: 'c', start: 0, end: 1, relation: 'agrees' } as const;
    const conflicting = { ...agreeing, relation: 'conflicts' } as const;
    const place = { kind: 'entity', id: 'e', start: 0, end: 1, entityType: 'place' } as const;
    const conflictsOnly = { names: true, claims: 'conflicts' } as const;
    expect(styleOf(agreeing, conflictsOnly)).toBeNull();
    expect(styleOf(conflicting, conflictsOnly)).toBe('claim-conflicts');
    expect(styleOf(place, conflictsOnly)).toBe('entity-place');
    expect(styleOf(place, { names: false, claims: 'reported' })).toBeNull();
    expect(styleOf(agreeing, { names: false, claims: 'reported' })).toBe('claim-agrees');
  });

  it('reads a stored highlight choice field by field, falling back to the default for what it cannot use', () => {
    expect(readHighlightChoice({ names: false, claims: 'conflicts' })).toEqual({ names: false, claims: 'conflicts' });
    expect(readHighlightChoice({ names: 'no', claims: 'conflicts' })).toEqual({ names: true, claims: 'conflicts' });
    expect(readHighlightChoice({ names: false, claims: 'everything' })).toEqual({ names: false, claims: 'reported' });
    expect(readHighlightChoice(null)).toEqual({ names: true, claims: 'reported' });
    expect(readHighlightChoice('conflicts')).toEqual({ names: true, claims: 'reported' });
  });

  it('reads the luminance of opaque colours and ignores transparent ones', () => {
    expect(luminance('rgb(255, 255, 255)')).toBeCloseTo(1);
    expect(luminance('rgb(0, 0, 0)')).toBe(0);
    expect(luminance('rgba(0, 0, 0, 0)')).toBeNull();
    expect(luminance('transparent')).toBeNull();
  });

  it('tells a dark page from a light one by the first opaque background up the tree', () => {
    document.body.innerHTML = '<div id="dark" style="background-color: rgb(20, 20, 24)"><p id="in-dark">x</p></div><p id="plain">y</p>';
    expect(isOnDarkBackground(document.getElementById('in-dark'))).toBe(true);
    expect(isOnDarkBackground(document.getElementById('plain'))).toBe(false);
  });

  it('paints nothing and throws nothing where the Highlight API is missing', () => {
    const painter = createPainter(document, { dark: false });
    expect(painter.supported).toBe(false);
    painter.paint([{ style: 'claim-conflicts', ranges: [document.createRange()] }]);
    painter.setHidden(true);
    expect(painter.hidden).toBe(true);
    painter.dispose();
  });
});
