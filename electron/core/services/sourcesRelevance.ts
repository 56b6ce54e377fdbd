import type { Db } from '../db/database';
import { compileRelevance, type RelevanceTest } from '../ingest/relevance';
import { countSiteRelevance, readRelevanceChunk, readSource, setPostsRelevant, type RelevanceCandidate } from '../repos/sources';

const CHUNK = 5000;

/**
 * Decisions of one re-sort, in id order. Parents almost always have smaller ids than their
 * replies, so a reply is decided from what came before it; one whose parent or root comes later
 * (a conversation adopted by a parent imported after it) waits in `pending` until the end.
 */
class Resort {
  readonly relevant = new Set<number>();
  readonly pending = new Map<number, RelevanceCandidate>();

  constructor(private readonly test: RelevanceTest) {}

  /** The post's new relevance, or null when it waits for a later parent or root. */
  decide(r: RelevanceCandidate): boolean | null {
    let now = this.test(r);
    if (!now && r.parentId !== null && this.test({ ...r, threadRelevant: true })) {
      const refs = [r.parentId, r.threadRootId].filter((id): id is number => id !== null);
      now = refs.some((id) => this.relevant.has(id));
      if (!now && refs.some((id) => id > r.id || this.pending.has(id))) {
        this.pending.set(r.id, r);
        return null;
      }
    }
    if (now) this.relevant.add(r.id);
    return now;
  }

  /** Settles the waiting replies once every post has been seen; returns them with their relevance. */
  settle(): { row: RelevanceCandidate; now: boolean }[] {
    for (let changed = true; changed; ) {
      changed = false;
      for (const r of this.pending.values()) {
        if (this.relevant.has(r.id)) continue;
        if ((r.parentId !== null && this.relevant.has(r.parentId)) || (r.threadRootId !== null && this.relevant.has(r.threadRootId))) {
          this.relevant.add(r.id);
          changed = true;
        }
      }
    }
    return [...this.pending.values()].map((row) => ({ row, now: this.relevant.has(row.id) }));
  }
}

/** Writes the changed decisions in one transaction. */
async function writeChanges(db: Db, decided: { row: RelevanceCandidate; now: boolean }[]): Promise<void> {
  const show = decided.filter((d) => d.now && !d.row.relevant).map((d) => d.row.id);
  const hide = decided.filter((d) => !d.now && d.row.relevant).map((d) => d.row.id);
  if (show.length + hide.length === 0) return;
  await db.transaction(async (tx) => {
    await setPostsRelevant(tx, show, true);
    await setPostsRelevant(tx, hide, false);
  });
}

/**
 * Re-sorts every stored post of a site by its current relevance filters, a chunk per transaction
 * so other callers are never held up for long. A reply in a relevant conversation (parent or
 * thread root relevant) is relevant unless an exclude term or the language filter hides it, as at
 * import. Returns the site's relevant and hidden counts.
 */
export async function applyRelevance(db: Db, siteId: number): Promise<{ relevant: number; irrelevant: number }> {
  const source = await readSource(db, siteId);
  if (!source) return { relevant: 0, irrelevant: 0 };
  const resort = new Resort(compileRelevance(source.filters));
  for (let after = 0; ; ) {
    const rows = await readRelevanceChunk(db, siteId, after, CHUNK);
    if (rows.length === 0) break;
    after = rows[rows.length - 1].id;
    await writeChanges(db, rows.flatMap((row) => {
      const now = resort.decide(row);
      return now === null ? [] : [{ row, now }];
    }));
  }
  await writeChanges(db, resort.settle());
  return countSiteRelevance(db, siteId);
}
