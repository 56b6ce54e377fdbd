import type { IncomingPost } from '../ingest/preset';

/** Where replayed posts go: the local database, or a running app's webhook. */
export interface ReplaySink {
  store(posts: IncomingPost[]): Promise<{ imported: number; duplicates: number }>;
}

/** Progress of a replay. */
export interface ReplayProgress {
  posted: number;
  imported: number;
  /** The original time the replay has reached. */
  playedTo: number;
}

/** Options of a replay. */
export interface ReplayOptions {
  /** Time acceleration: 60 plays an hour of posts in a minute. */
  speed: number;
  /** Keep each post's original time instead of moving it onto the replay clock. */
  keepTimes?: boolean;
  signal?: AbortSignal;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Most posts stored at once when many are due together. */
  maxBatch?: number;
  onProgress?: (p: ReplayProgress) => void;
}

/** What a replay did. */
export interface ReplayReport {
  posted: number;
  imported: number;
  duplicates: number;
  cancelled: boolean;
}

/** Waits `ms`, or less when the signal aborts. */
export function sleepFor(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * Plays time-ordered posts into a sink in accelerated time: a post `t` after the first one is
 * stored `t / speed` after the replay starts. Unless `keepTimes`, its time becomes that moment on
 * the replay clock, so live views see posts arrive as if now (durations shrink by `speed`).
 * Posts due together are stored together; an abort stops after the batch in hand.
 */
export async function replayPosts(source: AsyncIterable<IncomingPost> | Iterable<IncomingPost>, sink: ReplaySink, opts: ReplayOptions): Promise<ReplayReport> {
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? sleepFor;
  const maxBatch = opts.maxBatch ?? 1000;
  const report: ReplayReport = { posted: 0, imported: 0, duplicates: 0, cancelled: false };
  const started = now();
  let first: number | null = null;
  let pending: IncomingPost[] = [];
  let playedTo = 0;
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const r = await sink.store(pending);
    report.posted += pending.length;
    report.imported += r.imported;
    report.duplicates += r.duplicates;
    pending = [];
    opts.onProgress?.({ posted: report.posted, imported: report.imported, playedTo });
  };
  for await (const post of source) {
    if (opts.signal?.aborted) break;
    first ??= post.createdAt;
    const due = started + (post.createdAt - first) / opts.speed;
    if (due > now()) {
      await flush();
      await sleep(due - now(), opts.signal);
      if (opts.signal?.aborted) break;
    }
    playedTo = post.createdAt;
    pending.push(opts.keepTimes ? post : { ...post, createdAt: Math.round(due) });
    if (pending.length >= maxBatch) await flush();
  }
  await flush();
  report.cancelled = opts.signal?.aborted ?? false;
  return report;
}
