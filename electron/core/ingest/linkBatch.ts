/** A post already stored, as thread linking needs it. */
export interface StoredRef {
  id: number;
  parentId: number | null;
  threadRootId: number | null;
}

/** What linking needs of a post in a batch. */
export interface LinkInput {
  siteId: number;
  externalId: string;
  inReplyTo: string | null;
}

/** Row ids, parents and thread roots for a batch (index-aligned with the input). */
export interface BatchLinks {
  /** The id the post will be stored under, or null when it is already stored (or repeated in the batch). */
  ids: (number | null)[];
  parentIds: (number | null)[];
  /** The root of the post's conversation, null for a root (and for posts caught in a reply cycle). */
  rootIds: (number | null)[];
  /** Thread root (or own id) of each new post, by id: what adoption of stored orphans needs. */
  threadOf: Map<number, number | null>;
}

/** Key of a post on its site. */
export const postKey = (siteId: number, externalId: string): string => `${siteId}\u0000${externalId}`;

/** The conversation root of a stored post: its recorded root, itself when it has no parent. */
export const storedRootOf = (s: StoredRef): number | null => s.threadRootId ?? (s.parentId === null ? s.id : null);

/**
 * Links a batch before it is stored: new posts get consecutive ids after `lastId` (repeats and
 * stored posts get none), replies get their parent (in the batch or stored, in any order), and
 * every new post gets its conversation's root. A reply that would close a cycle (a post replying to
 * itself, or A→B→A in bad data) is stored without a parent instead.
 */
export function linkBatch(posts: LinkInput[], stored: Map<string, StoredRef>, lastId: number): BatchLinks {
  const ids: (number | null)[] = [];
  const fresh = new Map<string, number>();
  let next = lastId;
  for (const p of posts) {
    const key = postKey(p.siteId, p.externalId);
    const id = stored.has(key) || fresh.has(key) ? null : ++next;
    if (id !== null) fresh.set(key, ids.length);
    ids.push(id);
  }
  const parentIds = posts.map((p, i) => {
    if (ids[i] === null || p.inReplyTo === null || p.inReplyTo === p.externalId) return null;
    const key = postKey(p.siteId, p.inReplyTo);
    const j = fresh.get(key);
    return j !== undefined ? (ids[j] as number) : (stored.get(key)?.id ?? null);
  });
  const threadOf = resolveRoots(posts, ids, parentIds, fresh, stored);
  const rootIds = ids.map((id) => (id === null ? null : threadOf.get(id) === id ? null : (threadOf.get(id) ?? null)));
  return { ids, parentIds, rootIds, threadOf };
}

/** Thread root (own id for roots) of every new post; breaks reply cycles among new posts. */
function resolveRoots(
  posts: LinkInput[],
  ids: (number | null)[],
  parentIds: (number | null)[],
  fresh: Map<string, number>,
  stored: Map<string, StoredRef>,
): Map<number, number | null> {
  const threadOf = new Map<number, number | null>();
  const state: ('new' | 'visiting' | 'done')[] = ids.map(() => 'new');
  const visit = (i: number): number | null => {
    const id = ids[i] as number;
    if (state[i] === 'done') return threadOf.get(id) ?? null;
    state[i] = 'visiting';
    let root: number | null = id;
    const p = posts[i];
    if (parentIds[i] !== null && p.inReplyTo !== null) {
      const j = fresh.get(postKey(p.siteId, p.inReplyTo));
      if (j === undefined) root = storedRootOf(stored.get(postKey(p.siteId, p.inReplyTo)) as StoredRef);
      else if (state[j] === 'visiting') parentIds[i] = null;
      else root = visit(j);
    }
    state[i] = 'done';
    threadOf.set(id, root);
    return root;
  };
  ids.forEach((id, i) => id !== null && visit(i));
  return threadOf;
}
