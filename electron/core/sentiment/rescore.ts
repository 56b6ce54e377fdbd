import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { RescoreProgress } from '../../../shared/domain/sentiment';
import type { Core } from '../core';
import { readModel } from '../repos/models';
import { countStalePosts, listStalePosts, upsertScores, type ModelStamp } from '../repos/scores';
import { openSentimentWorker } from './offThread';
import { activeScorer, SCORE_CHUNK, toStoredScore } from './pipeline';

interface RescoreState {
  progress: RescoreProgress;
  stamp: ModelStamp;
  abort: AbortController;
  done: Promise<RescoreProgress>;
}

const running = new WeakMap<Core, RescoreState>();
let nextJobId = 1;

/** A fresh job id for progress pushed as `sentiment.rescored` (rescores, and the scoring after an import). */
export function newScoringJobId(): number {
  return nextJobId++;
}

/** The rescore running (or last run) on this core, if any. */
export function readRescore(core: Core): RescoreProgress | null {
  const p = running.get(core)?.progress;
  return p ? { ...p } : null;
}

/**
 * Starts rescoring every stored post whose score is not from the active model, chunk by chunk:
 * texts are read, scored on the sentiment worker thread (this thread when the build has none) and
 * written in a short transaction, with `sentiment.rescored` progress events, so calls keep being
 * answered meanwhile. A rescore already running is cancelled first (its model is no longer
 * active). Resolves with the first progress; `waitForRescore` resolves when it ends.
 */
export async function startRescore(core: Core): Promise<RescoreProgress> {
  running.get(core)?.abort.abort();
  const scorer = await activeScorer(core.db);
  const stamp = { modelId: scorer.modelId, modelVersion: scorer.modelVersion };
  const total = await countStalePosts(core.db, stamp);
  const progress: RescoreProgress = { jobId: newScoringJobId(), modelId: scorer.modelId, done: 0, total, finished: total === 0 };
  const state: RescoreState = { progress, stamp, abort: new AbortController(), done: Promise.resolve(progress) };
  running.set(core, state);
  state.done = runRescore(core, state).catch((err: unknown) => {
    process.emitWarning(`sentiment rescore failed: ${err instanceof Error ? err.message : String(err)}`);
    return state.progress;
  });
  return { ...progress };
}

/** Resolves when the current rescore ends (at once when none runs). */
export function waitForRescore(core: Core): Promise<RescoreProgress | null> {
  return running.get(core)?.done ?? Promise.resolve(null);
}

async function runRescore(core: Core, state: RescoreState): Promise<RescoreProgress> {
  const { progress: p, stamp } = state;
  core.events.emit('sentiment.rescored', { ...p });
  if (p.finished) return p;
  const blob = (await readModel(core.db, stamp.modelId))?.blob ?? null;
  const worker = openSentimentWorker();
  try {
    let after = 0;
    while (!p.finished && !state.abort.signal.aborted) {
      const todo = await listStalePosts(core.db, stamp, after, SCORE_CHUNK);
      const scores = todo.length ? await worker.score({ id: stamp.modelId, blob }, todo.map((t) => t.text)) : [];
      const wrote = await core.db.transaction(async (tx) => {
        const active = await tx.get<{ id: number }>('SELECT id FROM sentiment_models WHERE active = 1');
        if (active?.id !== stamp.modelId || state.abort.signal.aborted) return false;
        await upsertScores(tx, todo.map((t, i) => toStoredScore(t.id, scores[i], stamp, core.now())));
        return true;
      });
      if (!wrote || todo.length === 0) p.finished = true;
      else {
        p.done += todo.length;
        after = todo[todo.length - 1].id;
      }
      p.total = Math.max(p.total, p.done);
      core.events.emit('sentiment.rescored', { ...p });
      await yieldToLoop();
    }
  } finally {
    worker.close();
  }
  return p;
}
