/**
 * A Blob written from text pieces as they come, so that a large file is never held as text. The
 * pieces are encoded into one reused buffer, which becomes a part of the Blob each time it fills:
 * in Chromium, each Blob made costs the browser a registration and a copy, and a Blob made from a
 * string encodes it into a fresh allocation, so a few large parts of bytes cost least.
 */
const PART_BYTES = 16 * 2 ** 20;

export class TextBlobWriter {
  private readonly encoder = new TextEncoder();
  private readonly buffer = new Uint8Array(PART_BYTES);
  private used = 0;
  private readonly parts: Blob[] = [];

  write(text: string): void {
    // UTF-8 takes at most 3 bytes for each UTF-16 code unit.
    const most = text.length * 3;
    if (this.used + most > PART_BYTES) this.flush();
    if (most > PART_BYTES) this.parts.push(new Blob([text]));
    else this.used += this.encoder.encodeInto(text, this.buffer.subarray(this.used)).written;
  }

  blob(type: string): Blob {
    this.flush();
    return new Blob(this.parts, { type });
  }

  private flush(): void {
    if (!this.used) return;
    this.parts.push(new Blob([this.buffer.subarray(0, this.used)]));
    this.used = 0;
  }
}
