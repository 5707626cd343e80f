/**
 * Saving text the page built (a CSV report, an export) as a file. A Blob URL and an `<a download>`
 * work in every browser without the "downloads" permission; the URL is revoked once the click
 * has handed the data over, so exports do not pile up in memory.
 */

export interface SaveTarget {
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
  document: Document;
  /** Delay before the URL is revoked: the download starts asynchronously after the click. */
  schedule(callback: () => void): void;
}

export function browserSaveTarget(): SaveTarget {
  return {
    createObjectURL: (blob) => URL.createObjectURL(blob),
    revokeObjectURL: (url) => URL.revokeObjectURL(url),
    document,
    schedule: (callback) => setTimeout(callback, 10_000),
  };
}

/** Starts the download of `parts` as one file named `filename`. */
export function saveFile(target: SaveTarget, filename: string, parts: BlobPart[], type: string): void {
  const url = target.createObjectURL(new Blob(parts, { type }));
  const link = target.document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  target.document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    target.schedule(() => target.revokeObjectURL(url));
  }
}

/** A file name with today's date, e.g. "crosslight-conflicts-2024-05-01.csv". */
export function datedFilename(stem: string, extension: string, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${stem}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
}
