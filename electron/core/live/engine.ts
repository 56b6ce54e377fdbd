import { randomUUID } from 'node:crypto';
import type { Alert } from '../../../shared/domain/live';
import type { DetractorInput } from '../alerts/rules';
import type { Core } from '../core';
import { slotOf, type SlotIndex } from './buckets';
import { countPost, countTopics, moveLabel, newStores, type PendingPost, type Stores } from './counting';
import { BUILT_IN_BOOK, loadTopicBook, type TopicBook } from '../topics/topicBook';
import * as repo from './liveRepo';
import { ThreadRates } from './threadRates';
import { HOUR, HOUR_RETAIN } from './window';
import { loadRange, MAX_PENDING } from './loadCounts';

/** Posts read per query while catching up; a sync reads at most `MAX_PAGES` of them. */
const PAGE = 5_000;
const MAX_PAGES = 20;
/** History counted before the first snapshot; the rest loads six hours at a time in the background. */
export const RECENT_MS = 2 * HOUR;
const HISTORY_STEP_MS = 6 * HOUR;
/** Pending posts checked for a score per sync. */
const PENDING_CHECK = 5_000;

/**
 * The live engine's memory of one database: counts per bucket (see BucketStore), the posts still
 * waiting for a score, reply rates of active threads, and a version that grows on every change.
 * It follows the posts table by id, so posts written by another process (a CLI import, a replay
 * into the file) are picked up as well as the webhook's.
 */
export class LiveEngine {
  stores: Stores = newStores();
  readonly bootId = randomUUID();
  version = 0;
  lastIngestAt: number | null = null;
  siteNames = new Map<number, string>();
  /** The topic rules of every site and the slot of each topic (reloaded by `rebuild`). */
  topics: TopicBook = BUILT_IN_BOOK;
  openAlerts: Alert[] = [];
  /** Newly labelled posts since the alert rules last looked. */
  labelled: DetractorInput[] = [];
  threads = new ThreadRates(HOUR);
  pending = new Map<number, PendingPost>();
  /** Highest post id counted. */
  cursor = 0;
  /** Topic backfill: posts with ids in [backfillBefore, initCursor] have their topics counted. */
  initCursor = 0;
  backfillBefore = 0;
  topicCoverage = { done: 0, total: 0 };
  /** History is counted for posts created from `historyFrom` on; it loads back to `historyEnd`. */
  historyFrom = 0;
  historyEnd = 0;
  generation = 0;
  private initialising: Promise<void> | null = null;
  private syncing: Promise<boolean> | null = null;

  /** Progressive: `ready` after the recent hours; older history loads in steps (the live timer's way). */
  constructor(
    readonly core: Core,
    private readonly progressive = false,
  ) {}

  /** Builds the counts from the database once; later calls wait for the same build. */
  ready(): Promise<void> {
    this.initialising ??= this.rebuild();
    return this.initialising;
  }

  /**
   * (Re)builds every count from the database, e.g. after a change of model, of relevance filters or
   * of topic rules (the topic backfill then recounts stored posts with the new rules).
   * Progressive engines count the last RECENT_MS first, so the first snapshot comes fast even on a
   * large database, and leave older history to `loadHistoryStep`.
   */
  async rebuild(): Promise<void> {
    const { db } = this.core;
    const now = this.core.now();
    const head = await repo.readHead(db);
    const stores = newStores();
    const pending = new Map<number, PendingPost>();
    const recentFrom = Math.floor((now - RECENT_MS) / HOUR) * HOUR;
    const posts = await loadRange(db, stores, pending, { from: recentFrom, to: Number.MAX_SAFE_INTEGER, maxId: head.maxId, now });
    const threads = new ThreadRates(HOUR);
    for (const r of await repo.readReplyCounts(db, now - HOUR)) threads.add(r.root, r.created_at);
    const topics = await loadTopicBook(db);
    this.siteNames = await repo.readSiteNames(db);
    this.topics = topics;
    this.stores = stores;
    this.pending = pending;
    this.threads = threads;
    this.cursor = head.maxId;
    this.initCursor = head.maxId;
    this.historyFrom = recentFrom;
    this.historyEnd = Math.floor((now - HOUR_RETAIN) / HOUR) * HOUR;
    this.backfillBefore = head.maxId > 0 ? head.maxId + 1 : 0;
    this.topicCoverage = { done: 0, total: posts };
    this.lastIngestAt = head.lastIngestAt;
    this.generation++;
    this.version++;
    if (!this.progressive) while (await this.loadHistoryChunk());
  }

  /** Counts six more hours of history (newest first); false once the stores reach back far enough. */
  async loadHistoryStep(): Promise<boolean> {
    await this.ready();
    return this.loadHistoryChunk();
  }

  private async loadHistoryChunk(): Promise<boolean> {
    if (this.historyFrom <= this.historyEnd) return false;
    const generation = this.generation;
    const from = Math.max(this.historyEnd, this.historyFrom - HISTORY_STEP_MS);
    const range = { from, to: this.historyFrom, maxId: this.initCursor, now: this.core.now() };
    const stores = newStores();
    const pending = new Map<number, PendingPost>();
    const posts = await loadRange(this.core.db, stores, pending, range);
    if (generation !== this.generation) return true;
    this.stores.minute.merge(stores.minute);
    this.stores.hour.merge(stores.hour);
    for (const [id, p] of pending) if (this.pending.size < MAX_PENDING) this.pending.set(id, p);
    this.topicCoverage.total += posts;
    this.historyFrom = from;
    this.version++;
    return this.historyFrom > this.historyEnd;
  }

  /** Share (0..1) of the live horizon whose history is counted. */
  get historyCoverage(): number {
    const span = this.initialHistoryFrom() - this.historyEnd;
    return span <= 0 ? 1 : Math.min(1, Math.max(0, (this.initialHistoryFrom() - this.historyFrom) / span));
  }

  private initialHistoryFrom(): number {
    return Math.floor((this.core.now() - RECENT_MS) / HOUR) * HOUR;
  }

  /** Name of a site (reloading the names when a new site appears). */
  async siteName(id: number): Promise<string> {
    if (!this.siteNames.has(id)) this.siteNames = await repo.readSiteNames(this.core.db);
    return this.siteNames.get(id) ?? `site ${id}`;
  }

  /**
   * Counts posts stored since the last sync and moves newly scored ones; true when anything changed.
   * Concurrent callers share one run, so no post is counted twice.
   */
  sync(): Promise<boolean> {
    this.syncing ??= this.syncOnce().finally(() => (this.syncing = null));
    return this.syncing;
  }

  private async syncOnce(): Promise<boolean> {
    await this.ready();
    const generation = this.generation;
    let changed = false;
    for (let page = 0; page < MAX_PAGES; page++) {
      const rows = await repo.readPostsAfter(this.core.db, this.cursor, PAGE);
      if (generation !== this.generation) return true;
      if (rows.some((r) => !this.siteNames.has(r.site_id))) this.siteNames = await repo.readSiteNames(this.core.db);
      if (generation !== this.generation) return true;
      for (const r of rows) this.countNew(r);
      if (rows.length) changed = true;
      if (rows.length < PAGE) break;
    }
    if (await this.resolvePending(generation)) changed = true;
    const now = this.core.now();
    this.stores.minute.prune(now);
    this.stores.hour.prune(now);
    this.threads.prune(now);
    if (changed) this.version++;
    return changed;
  }

  private countNew(r: repo.LivePostRow): void {
    this.cursor = Math.max(this.cursor, r.id);
    if (this.lastIngestAt === null || r.ingested_at > this.lastIngestAt) this.lastIngestAt = r.ingested_at;
    if (r.relevant !== 1 || r.is_company === 1) return; // our own replies are not what customers say
    const now = this.core.now();
    const topics = this.topics.slotsOf(r.site_id, r.text);
    const slot = slotOf(r.label);
    countPost(this.stores, now, r.created_at, r.site_id, topics, slot);
    if (r.thread_root_id !== null) this.threads.add(r.thread_root_id, r.created_at);
    const who = { author: r.author, authorId: r.author_id, followers: r.followers, isCompany: r.is_company === 1 };
    if (slot === 3) {
      if (this.pending.size < MAX_PENDING) this.pending.set(r.id, { time: r.created_at, siteId: r.site_id, topics, ...who });
    } else this.noteLabelled(r.id, r.site_id, r.created_at, r.label, who);
  }

  private noteLabelled(postId: number, siteId: number, createdAt: number, label: string | null, who: Omit<PendingPost, 'time' | 'siteId' | 'topics'>): void {
    if (label !== 'negative' || who.isCompany || this.labelled.length >= 1_000) return;
    this.labelled.push({ postId, siteId, siteName: this.siteNames.get(siteId) ?? `site ${siteId}`, label, createdAt, ...who });
  }

  /** Moves pending posts that have a score now from "not scored" to their label. */
  private async resolvePending(generation: number): Promise<boolean> {
    if (this.pending.size === 0) return false;
    const ids: number[] = [];
    for (const id of this.pending.keys()) {
      ids.push(id);
      if (ids.length >= PENDING_CHECK) break;
    }
    const scored = await repo.readScoredLabels(this.core.db, ids);
    if (generation !== this.generation) return true;
    const now = this.core.now();
    for (const { id, label } of scored) {
      const p = this.pending.get(id);
      if (!p) continue;
      this.pending.delete(id);
      moveLabel(this.stores, now, p.time, p.siteId, p.topics ?? [], 3, slotOf(label));
      this.noteLabelled(id, p.siteId, p.time, label, p);
    }
    return scored.length > 0;
  }

  /** Applies a supervisor's correction to the counts (posts not counted yet are left to sync). */
  async applyCorrection(postId: number, label: string): Promise<void> {
    await this.ready();
    if (postId > this.cursor || this.pending.has(postId)) return;
    const place = await repo.readPostPlace(this.core.db, postId);
    if (!place || place.counted !== 1 || place.created_at < this.historyFrom) return; // history not loaded yet: it will load the new label
    const before = slotOf(await repo.readLabelBeforeCorrection(this.core.db, postId));
    const topicsCounted = postId > this.initCursor || postId >= this.backfillBefore;
    const topics = topicsCounted ? this.topics.slotsOf(place.site_id, place.text) : [];
    moveLabel(this.stores, this.core.now(), place.created_at, place.site_id, topics, before, slotOf(label));
    this.version++;
  }

  /**
   * Counts the topics of one chunk of posts stored before the engine started, newest id first.
   * Returns false when the backfill is complete (or a rebuild started a new one).
   */
  async backfillTopicsStep(chunk = 1_000): Promise<boolean> {
    await this.ready();
    const generation = this.generation;
    if (this.backfillBefore <= 0) return false;
    const now = this.core.now();
    const rows = await repo.readTextsBefore(this.core.db, now - HOUR_RETAIN, this.backfillBefore, chunk);
    if (generation !== this.generation) return true;
    for (const r of rows) {
      const topics = this.topics.slotsOf(r.site_id, r.text);
      const pending = this.pending.get(r.id);
      if (pending) pending.topics = topics;
      const slot: SlotIndex = pending ? 3 : slotOf(r.label);
      countTopics(this.stores, now, r.created_at, r.site_id, topics, slot);
    }
    this.topicCoverage.done += rows.length;
    this.backfillBefore = rows.length === chunk ? rows[rows.length - 1].id : 0;
    if (rows.length) this.version++;
    if (this.backfillBefore === 0) this.topicCoverage.total = this.topicCoverage.done;
    return this.backfillBefore > 0;
  }

  /** Share of the posts in the stores whose topics are counted (1 when complete). */
  get topicsCoverage(): number {
    const { done, total } = this.topicCoverage;
    return this.backfillBefore === 0 || total === 0 ? 1 : Math.min(1, done / total);
  }
}
