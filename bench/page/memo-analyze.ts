/** analyzeText, remembered per text: see bundle.ts for why the store bench needs it. */
import { analyzeText as analyze, type AnalyzeOptions } from '../../lib/engine/analyze';
import type { DocumentAnalysis } from '../../lib/engine/types';

const remembered = new Map<string, DocumentAnalysis>();

export function analyzeText(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const key = JSON.stringify([text, options.title ?? '', options.language ?? '']);
  let analysis = remembered.get(key);
  if (!analysis) {
    analysis = analyze(text, options);
    remembered.set(key, analysis);
  }
  return analysis;
}
