import { describe, expect, it } from 'vitest';
import { TextBlobWriter } from '../../../lib/ui/text-blob';

describe('a Blob written from text pieces', () => {
  it('holds the UTF-8 of the pieces in order, short and long, accented and astral alike', async () => {
    const pieces = ['{"a":"', 'é', '“quoted”', 'x'.repeat(10_000), '😀 ok', '', 'ü'.repeat(7_000_000), '"}'];
    const writer = new TextBlobWriter();
    for (const piece of pieces) writer.write(piece);
    const blob = writer.blob('application/json');
    expect(blob.type).toBe('application/json');
    const bytes = Buffer.from(await blob.arrayBuffer());
    expect(bytes.equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
  });

  it('keeps each piece as written, though the next piece is encoded in the same buffer', async () => {
    const writer = new TextBlobWriter();
    writer.write('first piece, the longer one');
    writer.write('second');
    expect(await writer.blob('text/plain').text()).toBe('first piece, the longer onesecond');
  });
});
