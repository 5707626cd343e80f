/**
 * `npm run bench`: every benchmark in one run. Prints a table, then the figures as one JSON object
 * on the last line. Real texts, real pages, real IndexedDB in headless Chromium; peers measured in
 * the same run.
 */
import { measureEngine } from './engine';
import { Report } from './report';
import { round } from './stats';
import { corpusTexts, pageTexts } from './texts';

const ISSUE_4 = 'issue 4';

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

async function main(): Promise<void> {
  const report = new Report();
  const corpus = corpusTexts();
  const { pages, refused } = pageTexts();
  if (refused.length) report.detail('pages the extractor refused', refused.join(', '));

  log('analysis speed (engine and peer, Node)…');
  const engine = measureEngine([...corpus, ...pages]);
  report.add({
    key: 'analysis_ms_per_1k_words',
    label: 'analysis per 1,000 words',
    unit: 'ms',
    value: engine.analysisMsPer1kWords,
    budget: { max: 10, source: ISSUE_4 },
    note: `median of ${engine.perText.length} texts`,
  });
  report.add({
    key: 'peer_ms_per_1k_words',
    label: 'compromise per 1,000 words',
    unit: 'ms',
    value: engine.peerMsPer1kWords,
    note: `compromise parse + people/places/organizations/numbers; engine is ${round(engine.peerMsPer1kWords / engine.analysisMsPer1kWords, 1)}× faster`,
  });
  report.detail(
    'analysis per text (engine / compromise, ms per 1,000 words)',
    engine.perText.map((t) => `${t.name} ${round(t.engineMs)}/${round(t.peerMs)}`).join(', '),
  );

  process.stdout.write(`${report.render()}\n`);
  process.stdout.write(`${JSON.stringify(report.json())}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
