import { performance } from 'node:perf_hooks';
import vader from 'vader-sentiment';
import type { LabelledText, SentimentLabel } from '../shared/sentiment/types';
import { scoreText } from '../shared/sentiment/scoreText';
import { crossValidate } from '../shared/sentiment/crossValidate';
import { scoreWithModel, trainModel } from '../shared/sentiment/model';
import { accuracy, confusionMatrix, formatConfusion, macroF1 } from '../shared/sentiment/metrics';
import { readAirlineDev } from './sentimentData';

/** Options of {@link runSentimentBench}. */
export interface SentimentBenchOptions {
  /** Measure scoring speed against VADER (default true). `npm run eval` can turn it off. */
  speed?: boolean;
  /** Passes over the data per speed measurement, after one warm-up pass (default 3). */
  passes?: number;
}

const f3 = (x: number): string => x.toFixed(3);
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

/** VADER's label with its authors' recommended thresholds (compound ≥ 0.05 positive, ≤ -0.05 negative). */
export function vaderLabel(text: string): SentimentLabel {
  const c = vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
  return c >= 0.05 ? 'positive' : c <= -0.05 ? 'negative' : 'neutral';
}

function quality(title: string, actual: string[], predicted: string[]): string[] {
  return [
    `  ${title}: macro-F1 ${f3(macroF1(actual, predicted))}, accuracy ${f3(accuracy(actual, predicted))}`,
    ...formatConfusion(confusionMatrix(actual, predicted)).map((l) => `    ${l}`),
  ];
}

/** Texts per second of `score` over `texts`: one warm-up pass, then the best of `passes` timed passes. */
function throughput(texts: readonly string[], passes: number, score: (t: string) => unknown): number {
  for (const t of texts) score(t);
  let best = Infinity;
  for (let p = 0; p < passes; p++) {
    const t0 = performance.now();
    for (const t of texts) score(t);
    best = Math.min(best, performance.now() - t0);
  }
  return (texts.length * 1000) / best;
}

function speedLines(examples: readonly LabelledText[], passes: number): string[] {
  const texts = examples.map((e) => e.text);
  const ours = throughput(texts, passes, (t) => scoreText(t));
  const oursBare = throughput(texts, passes, (t) => scoreText(t, { explain: false }));
  const baseline = throughput(texts, passes, (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t));
  const model = trainModel(examples.slice(0, 2000));
  const trained = throughput(texts, 1, (t) => scoreWithModel(model, t));
  return [
    `  speed (${fmt(texts.length)} posts, best of ${passes} passes after a warm-up; goal built-in ≥ 10× VADER with explanations)`,
    `    built-in, explanations on   ${fmt(ours).padStart(9)} posts/s  (${(ours / baseline).toFixed(1)}× VADER)`,
    `    built-in, explanations off  ${fmt(oursBare).padStart(9)} posts/s`,
    `    trained model, reasons on   ${fmt(trained).padStart(9)} posts/s`,
    `    VADER (vader-sentiment)     ${fmt(baseline).padStart(9)} posts/s`,
  ];
}

/**
 * Sentiment benchmark on `<dataDir>/airline/airline_dev.csv`: quality of the built-in scorer and
 * of VADER (no training), 5-fold cross-validated quality of the trainable model (seed 1), each
 * with its confusion matrix, and scoring speed against VADER. `dataDir` is the shared data folder
 * (`../shared/data` from the repo root). Returns the lines to print.
 */
export async function runSentimentBench(dataDir: string, options: SentimentBenchOptions = {}): Promise<string[]> {
  const examples = readAirlineDev(dataDir);
  const actual = examples.map((e) => e.label);
  const lines = [`sentiment on airline_dev.csv (${fmt(examples.length)} posts; goals: built-in macro-F1 ≥ 0.62, trained ≥ 0.76)`];
  lines.push(...quality('built-in scorer (rules + own lexicon, no training)', actual, examples.map((e) => scoreText(e.text, { explain: false }).label)));
  lines.push(...quality('VADER (vader-sentiment, compound ±0.05)', actual, examples.map((e) => vaderLabel(e.text))));
  const t0 = performance.now();
  const cv = crossValidate(examples, 5, 1);
  const secs = (performance.now() - t0) / 1000;
  lines.push(`  trained model, 5-fold CV (seed 1, ${secs.toFixed(1)} s): macro-F1 ${f3(cv.macroF1)}, accuracy ${f3(cv.accuracy)}, folds ${cv.folds.map(f3).join(' ')}`);
  lines.push(...formatConfusion(cv.confusion).map((l) => `    ${l}`));
  if (options.speed !== false) lines.push(...speedLines(examples, options.passes ?? 3));
  return lines;
}
