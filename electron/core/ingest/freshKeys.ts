import type { Queryable } from '../db/database';
import { findStoredAt } from '../repos/linkedPosts';
import { siteNamesWithPosts } from '../repos/sites';
import { KeyHashes } from './keyHashes';
import type { BatchIndex, StoredRef } from './linkBatch';

/**
 * What one run knows about keys it need not look up: a site that had no posts when the run first
 * wrote to it ("fresh") holds only what this run stored there, so a key of that site whose hash the
 * run never stored cannot be stored. That spares the (site, external id) lookups of a large first
 * import (20,000 probes a batch). If another writer stores posts during the run (the post ids do
 * not continue where the run's last batch ended), every key is looked up again from then on.
 */
export interface FreshKeys {
  /** Per site name: true while the run knows it held nothing but the run's own posts. */
  fresh: Map<string, boolean>;
  /** hashKey of every key the run stored on a fresh site. */
  stored: KeyHashes;
  /** The last post id after the run's previous batch (null before its first). */
  lastId: number | null;
  /** False once another writer's posts were seen: no key is skipped any more. */
  enabled: boolean;
}

/** Nothing known yet (a new run). */
export const newFreshKeys = (): FreshKeys => ({ fresh: new Map(), stored: new KeyHashes(), lastId: null, enabled: true });

/**
 * What the database knows of each probe key of the batch (by position, see linkIndexed), looking
 * up only the keys that may be stored. `since` is the largest post id before the batch, read in
 * the batch's transaction.
 */
export async function findStoredKeys(q: Queryable, known: FreshKeys, index: BatchIndex, since: number): Promise<(StoredRef | undefined)[]> {
  if (known.lastId !== null && since !== known.lastId) known.enabled = false;
  const probes = index.probes as [string, string][];
  if (known.enabled) {
    const unknown = [...new Set(probes.map(([site]) => site))].filter((s) => !known.fresh.has(s));
    if (unknown.length) {
      const withPosts = await siteNamesWithPosts(q, unknown);
      for (const s of unknown) known.fresh.set(s, !withPosts.has(s));
    }
  }
  const look: number[] = [];
  probes.forEach(([site], k) => {
    if (!(known.enabled && known.fresh.get(site) && !known.stored.has(index.probeHashes[k]))) look.push(k);
  });
  if (look.length === probes.length) return findStoredAt(q, probes);
  const found = await findStoredAt(q, look.map((k) => probes[k]));
  const out: (StoredRef | undefined)[] = new Array(probes.length);
  look.forEach((k, j) => (out[k] = found[j]));
  return out;
}

/** Records a stored batch: its new posts' keys on fresh sites, and where the post ids now end. */
export function rememberStored(known: FreshKeys, index: BatchIndex, ids: (number | null)[], since: number, imported: number): void {
  known.lastId = since + imported;
  if (!known.enabled) return;
  ids.forEach((id, i) => {
    if (id === null) return;
    const k = index.ownProbe[i];
    if (known.fresh.get(index.probes[k][0] as string)) known.stored.add(index.probeHashes[k]);
  });
}
