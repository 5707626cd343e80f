/**
 * The sample corpus, bundled with the manager so that a new reader can see Crosslight compare
 * sources before reading anything: three reports of one meeting that disagree on its length.
 */
import analysis from '../../tests/fixtures/corpus/000.txt?raw';
import summary from '../../tests/fixtures/corpus/001.txt?raw';
import report from '../../tests/fixtures/corpus/002.txt?raw';
import type { ArticleFile } from '../../lib/ui/article-files';

const SAMPLES: { name: string; text: string }[] = [
  { name: 'Sample - Trump and Putin in Hamburg, an analysis.txt', text: analysis },
  { name: 'Sample - Outcome of the Trump-Putin meeting.txt', text: summary },
  { name: 'Sample - Putin and Trump reveal positive chemistry.txt', text: report },
];

export function sampleFiles(): ArticleFile[] {
  const encoder = new TextEncoder();
  return SAMPLES.map(({ name, text }) => {
    const bytes = encoder.encode(text);
    return { name, origin: 'Crosslight sample corpus', size: bytes.byteLength, arrayBuffer: async () => bytes.slice().buffer };
  });
}
