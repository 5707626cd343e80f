/** Bundles a bench page script with esbuild, for a plain <script> in Chromium. */
import { build, type Plugin } from 'esbuild';
import { resolve } from 'node:path';

const INGEST = resolve(import.meta.dirname, '../lib/store/ingest.ts');
const MEMO_ANALYZE = resolve(import.meta.dirname, 'page/memo-analyze.ts');

/**
 * Ingest analyses the article itself; the bench times analysis on its own (in Node and here) and
 * matching on its own. This routes ingest's import of the analyser to a memoised one, so that the
 * match and add timings leave out an analysis already measured.
 */
function memoisedAnalysis(applied: { done: boolean }): Plugin {
  return {
    name: 'memoised-analysis',
    setup(b) {
      b.onResolve({ filter: /\/engine\/analyze$/ }, (args) => {
        if (resolve(args.importer) !== INGEST) return undefined;
        applied.done = true;
        return { path: MEMO_ANALYZE };
      });
    },
  };
}

export async function bundle(entry: string, options: { memoiseIngestAnalysis?: boolean } = {}): Promise<string> {
  const applied = { done: false };
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
    plugins: options.memoiseIngestAnalysis ? [memoisedAnalysis(applied)] : [],
  });
  if (options.memoiseIngestAnalysis && !applied.done) {
    throw new Error('lib/store/ingest.ts no longer imports analyzeText from ../engine/analyze: the bench cannot time matching apart from analysis.');
  }
  return result.outputFiles[0]!.text;
}
