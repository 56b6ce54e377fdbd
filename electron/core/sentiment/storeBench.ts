import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core } from '../core';
import { dispatch } from '../dispatch';
import { genericPreset } from '../ingest/genericPreset';
import { importCsvFile } from '../ingest/importFile';
import { listStalePosts, upsertScores } from '../repos/scores';
import { resolveSentimentWorkerEntry } from './offThread';
import { activeScorer, SCORE_CHUNK, scorePostTexts, waitForScoring } from './pipeline';
import { waitForRescore } from './rescore';
import { generatedPostsCsv, labelledCsv } from './testData';

const secs = (t: number): number => (performance.now() - t) / 1000;
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

/** Time to score and store every post again with the active model, on this thread. */
async function timeScoringStep(core: Core): Promise<{ seconds: number; cpu: number; posts: number }> {
  await core.db.run('DELETE FROM post_scores');
  const started = performance.now();
  const scorer = await activeScorer(core.db);
  let after = 0;
  let posts = 0;
  let cpu = 0;
  for (;;) {
    const todo = await listStalePosts(core.db, scorer, after, SCORE_CHUNK);
    if (!todo.length) break;
    const t = performance.now();
    const scores = scorePostTexts(scorer, todo, 0);
    cpu += secs(t);
    await core.db.transaction((tx) => upsertScores(tx, scores));
    after = todo[todo.length - 1].id;
    posts += todo.length;
  }
  return { seconds: secs(started), cpu, posts };
}

/** Switches on a freshly trained model and measures the rescore and how long calls wait meanwhile. */
async function timeRescore(core: Core, dir: string): Promise<string[]> {
  const file = join(dir, 'labels.csv');
  writeFileSync(file, labelledCsv(40));
  const trained = await dispatch(core, 'sentiment.retrain', { file });
  if (!trained.ok) throw new Error(trained.error.message);
  const started = performance.now();
  await dispatch(core, 'sentiment.activate', { modelId: (trained.value as { id: number }).id });
  let worst = 0;
  let calls = 0;
  let done = false;
  const finished = waitForRescore(core).then((p) => ((done = true), p));
  while (!done) {
    const t = performance.now();
    await dispatch(core, 'posts.search', { limit: 50 });
    worst = Math.max(worst, performance.now() - t);
    calls++;
    await new Promise((r) => setTimeout(r, 20));
  }
  const p = await finished;
  const s = secs(started);
  return [
    `  rescore with a trained model: ${fmt(p?.done ?? 0)} posts in ${s.toFixed(2)} s (${fmt((p?.done ?? 0) / s)} posts/s), scoring ${resolveSentimentWorkerEntry() ? 'on the worker thread' : 'on this thread (build has no sentimentWorker entry)'}`,
    `  posts.search (50 rows) during the rescore: ${calls} calls, slowest ${worst.toFixed(0)} ms`,
  ];
}

/**
 * Sentiment storage figures: what scoring new posts adds to an import, and a rescore after a
 * change of model with the latency of calls answered meanwhile. Prints; asserts nothing.
 */
export async function runSentimentStoreBench(n = 50_000): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lp-sentiment-bench-'));
  try {
    const path = join(dir, 'posts.csv');
    writeFileSync(path, generatedPostsCsv(n));
    const core = await openCore({ dbPath: join(dir, 'app.sqlite') });
    const started = performance.now();
    await importCsvFile(core.db, path, { preset: genericPreset });
    await waitForScoring(core.db); // scoring is queued behind the import, which returns first
    const withScoring = secs(started);
    const step = await timeScoringStep(core);
    const lines = [
      `sentiment-store: ${fmt(n)} generated customer-care posts (generic CSV)`,
      `  import with scoring of new posts: ${withScoring.toFixed(2)} s (${fmt(n / withScoring)} rows/s)`,
      `  the scoring step alone (scores cleared, all posts scored again): ${step.seconds.toFixed(2)} s (${fmt(step.posts / step.seconds)} posts/s; scorer CPU ${step.cpu.toFixed(2)} s, the rest is reading and writing scores)`,
      ...(await timeRescore(core, dir)),
    ];
    await core.close();
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
