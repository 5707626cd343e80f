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
  /** Each text read once, in turn, after a warm-up on other text: what a reader's next article costs. */
  firstReadingMsPer1kWords: number;
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

/** The text with every Latin letter rotated by 13: the same shape, capitals and figures, other words. */
function rot13(text: string): string {
  return text.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

/**
 * The engine remembers folded names and stems of words it has seen; timing a text again after
 * warming up on it measures those memories too. This times every text's first reading, the JIT
 * warmed up on the same texts with their letters rotated, whose words none of them contains.
 */
function firstReadings(texts: BenchText[]): number[] {
  for (let i = 0; i < WARMUP_RUNS; i++) for (const t of texts) analyzeText(rot13(t.text), { title: '' });
  return texts.map((t) => {
    const started = performance.now();
    engine(t);
    return ((performance.now() - started) * 1000) / t.words;
  });
}

export function measureEngine(texts: BenchText[]): EngineFigures {
  const firstReadingMsPer1kWords = median(firstReadings(texts));
  const perText = texts.map((t) => ({
    name: t.name,
    words: t.words,
    engineMs: timePer1k(t, engine),
    peerMs: timePer1k(t, peer),
  }));
  return {
    analysisMsPer1kWords: median(perText.map((t) => t.engineMs)),
    firstReadingMsPer1kWords,
    peerMsPer1kWords: median(perText.map((t) => t.peerMs)),
    perText,
  };
}
