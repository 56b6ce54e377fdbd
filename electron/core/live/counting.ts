// How one post enters the in-memory counts: its label slot and both bucket stores. Topic slots
// come from the engine's TopicBook (the site's own rules, else the default set).
import { BucketStore, type SlotIndex } from './buckets';
import { HOUR, HOUR_RETAIN, MINUTE, MINUTE_RETAIN } from './window';

/** The two stores every post is counted in: minutes for recent windows, hours for weeks. */
export interface Stores {
  minute: BucketStore;
  hour: BucketStore;
}

/** Empty stores with the live retention. */
export function newStores(): Stores {
  return { minute: new BucketStore(MINUTE, MINUTE_RETAIN), hour: new BucketStore(HOUR, HOUR_RETAIN) };
}

/** A post counted as not scored yet, kept until its score lands so it can move to its label. */
export interface PendingPost {
  time: number;
  siteId: number;
  /** Topic slots, or null while the topic backfill has not reached the post. */
  topics: number[] | null;
  author: string;
  authorId: number;
  followers: number | null;
  isCompany: boolean;
}

/** Counts a post in both stores (buckets older than a store's retention are left out). */
export function countPost(stores: Stores, now: number, time: number, siteId: number, topics: readonly number[], slot: SlotIndex, delta = 1): void {
  if (time >= now - MINUTE_RETAIN) stores.minute.add(time, siteId, topics, slot, delta);
  if (time >= now - HOUR_RETAIN) stores.hour.add(time, siteId, topics, slot, delta);
}

/** Adds a counted post's topics to both stores. */
export function countTopics(stores: Stores, now: number, time: number, siteId: number, topics: readonly number[], slot: SlotIndex): void {
  if (topics.length === 0) return;
  if (time >= now - MINUTE_RETAIN) stores.minute.addTopics(time, siteId, topics, slot);
  if (time >= now - HOUR_RETAIN) stores.hour.addTopics(time, siteId, topics, slot);
}

/** Moves a counted post from one label slot to another in both stores. */
export function moveLabel(stores: Stores, now: number, time: number, siteId: number, topics: readonly number[], from: SlotIndex, to: SlotIndex): void {
  if (from === to) return;
  countPost(stores, now, time, siteId, topics, from, -1);
  countPost(stores, now, time, siteId, topics, to, 1);
}
