import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { LiveQuery, LiveSnapshot, LiveTick } from '../../../shared/domain/live';
import { DEFAULT_ALERT_RULES, effectiveAlertRules, type AlertRules } from '../../../shared/domain/alertRules';
import { readAlertRules } from '../repos/alertRules';
import { listOpenAlerts } from '../alerts/alertsRepo';
import type { Core } from '../core';
import { detectAlerts } from './detectAlerts';
import { LiveEngine } from './engine';
import { buildSnapshot } from './snapshot';
import { keyOf, MINUTE, normaliseQuery } from './window';

/** Options of the live timer. */
export interface LiveOptions {
  /** How often core looks for changes and pushes `metrics.ticked` (default 500 ms: 2 Hz). */
  intervalMs?: number;
  /**
   * Ticks this long after `posts.ingested` instead of waiting for the timer, so a pushed post shows
   * within a frame or two; null (the default of `start`) leaves ticks to the timer (tests tick by hand).
   */
  afterIngestMs?: number | null;
  /** Ticks set off by ingests start at least this far apart, so a firehose does not tick at its own rate. */
  minGapMs?: number;
  /**
   * This long after a window first asks for a query, a tick carries its snapshot even if nothing
   * changed: the window asked before its event stream was open and may have missed the ticks in
   * between. Null (the default of `start`): no such tick.
   */
  welcomeMs?: number | null;
  /** A tick without snapshots goes out at least this often, so windows can tell the link is alive. */
  heartbeatMs?: number;
  /** A query's snapshots ride on ticks for this long after a window last asked for it. */
  interestMs?: number;
  /** Thresholds that override the saved ones until the next save (tests, benchmarks). */
  rules?: Partial<AlertRules>;
}

/** The live engine of a core plus the queries windows are watching and the timer, once started. */
export class LiveRuntime {
  readonly engine: LiveEngine;
  readonly interest = new Map<string, { query: LiveQuery; at: number }>();
  rules: AlertRules = DEFAULT_ALERT_RULES;
  private started = false;
  private next: { timer: ReturnType<typeof setTimeout>; at: number } | null = null;
  private ticking: Promise<unknown> | null = null;
  /** Posts were ingested while a tick ran: the tick after it comes soon, not at the next interval. */
  private again = false;
  private lastStartAt = 0;
  /** A tick from this time on carries snapshots even when nothing changed (see noteInterest); 0: none due. */
  private welcomeAt = 0;
  private backfilling: Promise<void> | null = null;
  private rulesLoaded: Promise<void> = Promise.resolve();
  private lastVersion = -1;
  private lastMinute = -1;
  private lastEmitAt = 0;
  private warned = false;
  private offs: (() => void)[] = [];
  private opts: Required<Omit<LiveOptions, 'rules'>> = { intervalMs: 500, afterIngestMs: null, minGapMs: 200, welcomeMs: null, heartbeatMs: 5_000, interestMs: 60_000 };

  constructor(readonly core: Core) {
    this.engine = new LiveEngine(core, true);
  }

  /** True while the timer runs. */
  get running(): boolean {
    return this.started;
  }

  /** Starts the timer, the topic backfill and the event hooks (corrections, rescoring, sources, ingests). */
  start(opts: LiveOptions = {}): void {
    if (this.started) return;
    this.started = true;
    this.opts = { ...this.opts, ...Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)) };
    this.rules = { ...DEFAULT_ALERT_RULES, ...opts.rules };
    this.rulesLoaded = readAlertRules(this.core.db).then(
      (saved) => void (this.rules = { ...effectiveAlertRules(saved?.rules), ...opts.rules }),
      (e: unknown) => this.warn(e),
    );
    const { events } = this.core;
    this.offs = [
      events.on('sentiment.corrected', (c) => void this.engine.applyCorrection(c.postId, c.label).catch((e: unknown) => this.warn(e))),
      events.on('sentiment.rescored', (p) => p.finished && this.rebuild()),
      events.on('sources.changed', () => this.rebuild()),
    ];
    if (this.opts.afterIngestMs !== null) this.offs.push(events.on('posts.ingested', () => this.hurry()));
    this.plan(Date.now() + this.opts.intervalMs);
    void this.engine.ready().then(() => this.backfill(), (e: unknown) => this.warn(e));
  }

  /** Stops the timer and the hooks, resolving once work in flight is done (the counts stay for direct calls). */
  async stop(): Promise<void> {
    this.started = false;
    if (this.next) clearTimeout(this.next.timer);
    this.next = null;
    this.offs.forEach((off) => off());
    this.offs = [];
    await Promise.all([this.ticking, this.backfilling]);
  }

  /** Resolves once the background history and topic loading in progress is done. */
  async settled(): Promise<void> {
    await this.engine.ready();
    await this.backfilling;
  }

  /** Remembers that a window watches `query`, so ticks carry its snapshots. */
  noteInterest(query: LiveQuery): void {
    const key = keyOf(query);
    const isNew = !this.interest.has(key);
    this.interest.set(key, { query: normaliseQuery(query), at: this.core.now() });
    if (isNew && this.started && this.opts.welcomeMs !== null) {
      this.welcomeAt = Date.now() + this.opts.welcomeMs;
      this.plan(this.welcomeAt);
    }
  }

  /** One step of the timer: catch up, run the alert rules, push a tick when something changed. */
  tick(): Promise<LiveTick | null> {
    if (this.ticking) return Promise.resolve(null);
    this.lastStartAt = Date.now();
    const run = this.tickOnce().finally(() => {
      this.ticking = null;
      if (this.again) this.hurry();
      this.plan(this.lastStartAt + this.opts.intervalMs);
    });
    this.ticking = run;
    return run;
  }

  /** Runs a tick at `at` (wall clock) unless one is planned sooner; the timer is one timeout re-planned after each tick. */
  private plan(at: number): void {
    if (!this.started || (this.next && this.next.at <= at)) return;
    if (this.next) clearTimeout(this.next.timer);
    const timer = setTimeout(() => {
      this.next = null;
      void this.tick().catch(() => undefined);
    }, Math.max(0, at - Date.now()));
    timer.unref?.();
    this.next = { timer, at };
  }

  /** Posts arrived: tick shortly (coalescing a burst), but not sooner than `minGapMs` after the last tick began. */
  private hurry(): void {
    this.again = this.ticking !== null;
    if (this.again) return; // the tick in flight may have missed them: the one after it comes soon
    this.plan(Math.max(Date.now() + (this.opts.afterIngestMs ?? 0), this.lastStartAt + this.opts.minGapMs));
  }

  private async tickOnce(): Promise<LiveTick | null> {
    try {
      await this.rulesLoaded;
      await this.engine.sync();
      const { raised } = await detectAlerts(this.engine, this.rules);
      for (const a of raised) this.core.events.emit('alerts.raised', a);
      const now = this.core.now();
      const minute = Math.floor(now / MINUTE);
      const welcome = this.welcomeAt > 0 && Date.now() >= this.welcomeAt;
      if (welcome) this.welcomeAt = 0;
      const changed = this.engine.version !== this.lastVersion || minute !== this.lastMinute || welcome;
      if (!changed && now - this.lastEmitAt < this.opts.heartbeatMs) return null;
      this.lastVersion = this.engine.version;
      this.lastMinute = minute;
      const tick = await this.makeTick(changed);
      this.lastEmitAt = now;
      this.core.events.emit('metrics.ticked', tick);
      return tick;
    } catch (err) {
      this.warn(err);
      return null;
    }
  }

  private async makeTick(withSnapshots: boolean): Promise<LiveTick> {
    const now = this.core.now();
    const snapshots: LiveSnapshot[] = [];
    for (const [key, { query, at }] of this.interest) {
      if (at < now - this.opts.interestMs) this.interest.delete(key);
      else if (withSnapshots) snapshots.push(await buildSnapshot(this.engine, query));
    }
    const e = this.engine;
    return { at: now, bootId: e.bootId, version: e.version, lastIngestAt: e.lastIngestAt, alerts: e.openAlerts, snapshots };
  }

  /** Catches up without the timer (direct calls, tests, the CLI): counts and open alerts. */
  async refreshIdle(): Promise<void> {
    if (this.running) return this.engine.ready();
    while (await this.engine.loadHistoryStep());
    await this.engine.sync();
    this.engine.openAlerts = await listOpenAlerts(this.core.db);
  }

  /** Uses new alert thresholds from the next tick on (alerts.saveRules). */
  setRules(rules: AlertRules): void {
    this.rules = rules;
  }

  /**
   * Rebuilds the counts after a topic rule change; resolves once posts arriving from now on get the
   * new rules. Stored posts are recounted by the topic backfill (in the background while the timer runs).
   */
  async reloadTopics(): Promise<void> {
    await this.engine.rebuild();
    this.backfill();
  }

  private rebuild(): void {
    void this.engine.rebuild().then(() => this.backfill(), (e: unknown) => this.warn(e));
  }

  /**
   * Counts older history a day at a time, then the topics of posts stored before start a chunk at a
   * time, yielding between steps so calls and ticks keep being answered.
   */
  private backfill(): void {
    if (this.backfilling) return;
    const run = async (): Promise<void> => {
      await yieldToLoop(); // a snapshot asked for while the counts were built reads first
      while (this.running && (await this.engine.loadHistoryStep())) await yieldToLoop();
      while (this.running && (await this.engine.backfillTopicsStep())) await yieldToLoop();
    };
    this.backfilling = run()
      .catch((err: unknown) => this.warn(err))
      .finally(() => (this.backfilling = null));
  }

  private warn(err: unknown): void {
    if (this.warned || !this.running) return; // errors while shutting down are expected
    this.warned = true;
    process.emitWarning(`live metrics: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * The app's timing: a tick 25 ms after an ingest (long enough to take a burst's batches in one tick),
 * and a window's snapshot again a second after it first asked.
 */
export const APP_TIMING = { afterIngestMs: 25, welcomeMs: 1_000 } as const satisfies LiveOptions;

const runtimes = new WeakMap<Core, LiveRuntime>();

/** The live runtime of a core, created on first use (its timer runs only once `startLive` is called). */
export function liveOf(core: Core): LiveRuntime {
  let r = runtimes.get(core);
  if (!r) runtimes.set(core, (r = new LiveRuntime(core)));
  return r;
}

/**
 * Starts pushing `metrics.ticked` for a core: called by `serve` and by Electron main once the core
 * is open. Returns a stop function to await before closing the core.
 */
export function startLive(core: Core, opts: LiveOptions = {}): { stop(): Promise<void> } {
  const runtime = liveOf(core);
  runtime.start({ ...APP_TIMING, ...opts });
  return { stop: () => runtime.stop() };
}
