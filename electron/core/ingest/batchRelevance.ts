import type { Queryable } from '../db/database';
import { readHiddenInThreads, readRelevantIds, setPostsRelevant, type HiddenThreadPost } from '../repos/sources';
import { inheritRelevance, type ThreadIds } from './relevance';

/**
 * Relevance of each post a batch stores (index-aligned; false for posts it does not store).
 * `decide(i, threadRelevant)` is the site's test for post i. A reply that fails it on its own
 * is relevant when its parent or thread root is (in the batch or stored), unless it still fails
 * inside a relevant conversation (an exclude term, a language outside the list). Stored parents
 * and roots are read only for such replies, so sites without filters cost no query.
 */
export async function resolveBatchRelevance(q: Queryable, links: ThreadIds, decide: (i: number, threadRelevant: boolean) => boolean): Promise<boolean[]> {
  const own = links.ids.map((id, i) => id !== null && decide(i, false));
  const inheritable = own.map((o, i) => !o && links.ids[i] !== null && links.parentIds[i] !== null && decide(i, true));
  if (!inheritable.includes(true)) return own;
  const inBatch = new Set(links.ids);
  const refs = new Set<number>();
  inheritable.forEach((yes, i) => {
    if (!yes) return;
    for (const id of [links.parentIds[i], links.rootIds[i]]) if (id !== null && !inBatch.has(id)) refs.add(id);
  });
  return inheritRelevance(links, own, inheritable, refs.size ? await readRelevantIds(q, [...refs]) : new Set());
}

/**
 * After a batch joined stored conversations to their parents (replies imported before the posts
 * they answer), shows the hidden replies of those conversations that now sit under a relevant
 * parent or root. `inThread` is the site's test for a post inside a relevant conversation. Every
 * post of a conversation is hidden or relevant, so a parent outside the hidden list is relevant.
 */
export async function reviseAdoptedRelevance(q: Queryable, roots: number[], inThread: (p: HiddenThreadPost) => boolean): Promise<void> {
  const hidden = await readHiddenInThreads(q, [...new Set(roots)]);
  const inheritable = hidden.map((h) => h.parentId !== null && inThread(h));
  if (!inheritable.includes(true)) return;
  const ids = hidden.map((h) => h.id);
  const isHidden = new Set(ids);
  const shown = new Set(hidden.flatMap((h) => [h.parentId, h.threadRootId]).filter((id): id is number => id !== null && !isHidden.has(id)));
  const t = { ids, parentIds: hidden.map((h) => h.parentId), rootIds: hidden.map((h) => h.threadRootId) };
  const now = inheritRelevance(t, ids.map(() => false), inheritable, shown);
  await setPostsRelevant(q, ids.filter((_, i) => now[i]), true);
}
