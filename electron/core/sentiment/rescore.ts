import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { RescoreProgress } from '../../../shared/domain/sentiment';
import type { Core } from '../core';
import { countStalePosts, listStalePosts, upsertScores } from '../repos/scores';
import { activeScorer, SCORE_CHUNK, scorePostTexts } from './pipeline';

interface RescoreState {
  progress: RescoreProgress;
  abort: AbortController;
  done: Promise<RescoreProgress>;
}

const running = new WeakMap<Core, RescoreState>();
let nextJobId = 1;

/** The rescore running (or last run) on this core, if any. */
export function readRescore(core: Core): RescoreProgress | null {
  return running.get(core)?.progress ?? null;
}

/**
 * Starts rescoring every stored post whose score is not from the active model: chunk by chunk,
 * each in its own short transaction, yielding to the event loop between chunks so calls keep being
 * answered, with `sentiment.rescored` progress events. A rescore already running is cancelled
 * first (its model is no longer active). Resolves with the first progress; `waitForRescore` ends.
 */
export async function startRescore(core: Core): Promise<RescoreProgress> {
  running.get(core)?.abort.abort();
  const scorer = await activeScorer(core.db);
  const total = await countStalePosts(core.db, scorer);
  const progress: RescoreProgress = { jobId: nextJobId++, modelId: scorer.modelId, done: 0, total, finished: total === 0 };
  const abort = new AbortController();
  const state: RescoreState = { progress, abort, done: Promise.resolve(progress) };
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
  const p = state.progress;
  core.events.emit('sentiment.rescored', { ...p });
  let after = 0;
  while (!p.finished && !state.abort.signal.aborted) {
    const last = await core.db.transaction(async (tx) => {
      const scorer = await activeScorer(tx, core.db);
      if (scorer.modelId !== p.modelId) return -1;
      const todo = await listStalePosts(tx, scorer, after, SCORE_CHUNK);
      await upsertScores(tx, scorePostTexts(scorer, todo, core.now()));
      p.done += todo.length;
      return todo.length ? todo[todo.length - 1].id : 0;
    });
    if (last <= 0) p.finished = true;
    else after = last;
    p.total = Math.max(p.total, p.done);
    core.events.emit('sentiment.rescored', { ...p });
    await yieldToLoop();
  }
  return p;
}
