/**
 * Analysis speed in Node: Crosslight's engine against a popular NLP library on the same texts,
 * in the same process, so the ratio holds whatever the machine.
 */
import nlp from 'compromise';
import { analyzeText } from '../lib/engine/analyze';
import { median } from './stats';
import type { BenchText } from './texts';

export interface EngineFigures {
  analysisMsPer1kWords: number;
  peerMsPer1kWords: number;
  perText: { name: string; words: number; engineMs: number; peerMs: number }[];
}

/** Runs before timing so that lazy initialisation (models, gazetteers, JIT) is not counted. */
const WARMUP_RUNS = 2;
const TIMED_RUNS = 5;

function timePer1k(text: BenchText, run: (t: BenchText) => void): number {
  for (let i = 0; i < WARMUP_RUNS; i++) run(text);
  const samples: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    const started = performance.now();
    run(text);
    samples.push(performance.now() - started);
  }
  return (median(samples) * 1000) / text.words;
}

const engine = (t: BenchText) => void analyzeText(t.text, { title: t.title, language: t.language });

// A plain parse plus the four extractions a reader-facing tool would need from it.
const peer = (t: BenchText) => {
  const doc = nlp(t.text);
  doc.people().out('array');
  doc.places().out('array');
  doc.organizations().out('array');
  doc.numbers().out('array');
};

export function measureEngine(texts: BenchText[]): EngineFigures {
  const perText = texts.map((t) => ({
    name: t.name,
    words: t.words,
    engineMs: timePer1k(t, engine),
    peerMs: timePer1k(t, peer),
  }));
  return {
    analysisMsPer1kWords: median(perText.map((t) => t.engineMs)),
    peerMsPer1kWords: median(perText.map((t) => t.peerMs)),
    perText,
  };
}
