import { hashKey } from './keyHashes';

/** A post already stored, as thread linking needs it. */
export interface StoredRef {
  id: number;
  parentId: number | null;
  threadRootId: number | null;
}

/** What linking needs of a post in a batch; `site` is a site id or a site name (one kind per batch). */
export interface LinkInput {
  site: number | string;
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

/** parentAt of a post without a parent (none named, or itself). */
const NO_PARENT = -2;
/** parentAt of a post whose parent is not in the batch (stored, or unknown). */
const OUTSIDE = -1;

/**
 * A batch's structure by position, worked out before any database lookup (it needs none): which
 * posts repeat an earlier one, where each reply's parent sits in the batch, and the distinct
 * (site, external id) keys that only the database can answer, in `probes`.
 */
export interface BatchIndex {
  /** Position of the first post with the same key (its own position for a first occurrence). */
  firstAt: Int32Array;
  /** Position of the parent's first occurrence in the batch, OUTSIDE, or NO_PARENT. */
  parentAt: Int32Array;
  /** Index in `probes` of each first occurrence's own key (-1 for repeats). */
  ownProbe: Int32Array;
  /** Index in `probes` of the parent's key when the parent is OUTSIDE, else -1. */
  parentProbe: Int32Array;
  /** Distinct keys to look up: [site, external id]. */
  probes: [number | string, string][];
  /** hashKey of each probe's key (see freshKeys: what lets a run skip looking up keys it knows are new). */
  probeHashes: number[];
}

/** Key of a post on its site. */
export const postKey = (site: number | string, externalId: string): string => `${site}\u0000${externalId}`;

/** The conversation root of a stored post: its recorded root, itself when it has no parent. */
export const storedRootOf = (s: StoredRef): number | null => s.threadRootId ?? (s.parentId === null ? s.id : null);

/** Indexes a batch (see BatchIndex): the string work of linking, done once per post. */
export function indexBatch(posts: LinkInput[]): BatchIndex {
  const n = posts.length;
  const firstAt = new Int32Array(n);
  const ownProbe = new Int32Array(n).fill(-1);
  const probes: [number | string, string][] = [];
  const probeHashes: number[] = [];
  const first = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const p = posts[i];
    const key = postKey(p.site, p.externalId);
    const at = first.get(key);
    if (at !== undefined) firstAt[i] = at;
    else {
      first.set(key, i);
      firstAt[i] = i;
      ownProbe[i] = probes.push([p.site, p.externalId]) - 1;
      probeHashes.push(hashKey(key));
    }
  }
  const parentAt = new Int32Array(n).fill(NO_PARENT);
  const parentProbe = new Int32Array(n).fill(-1);
  const outside = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const p = posts[i];
    if (firstAt[i] !== i || p.inReplyTo === null || p.inReplyTo === p.externalId) continue;
    const key = postKey(p.site, p.inReplyTo);
    const at = first.get(key);
    if (at !== undefined) parentAt[i] = at;
    else {
      parentAt[i] = OUTSIDE;
      let probe = outside.get(key);
      if (probe === undefined) {
        outside.set(key, (probe = probes.push([p.site, p.inReplyTo]) - 1));
        probeHashes.push(hashKey(key));
      }
      parentProbe[i] = probe;
    }
  }
  return { firstAt, parentAt, ownProbe, parentProbe, probes, probeHashes };
}

/**
 * Links an indexed batch before it is stored, given what the database knows of each probe key
 * (`stored[k]` for `probes[k]`, undefined when not stored): new posts get consecutive ids after
 * `lastId` (repeats and stored posts get none), replies get their parent (in the batch or stored,
 * in any order), and every new post gets its conversation's root. A reply that would close a cycle
 * (a post replying to itself, or A→B→A in bad data) is stored without a parent instead.
 */
export function linkIndexed(index: BatchIndex, stored: (StoredRef | undefined)[], lastId: number): BatchLinks {
  const { firstAt, parentAt, ownProbe, parentProbe } = index;
  const n = firstAt.length;
  const ids: (number | null)[] = new Array(n);
  let next = lastId;
  for (let i = 0; i < n; i++) ids[i] = firstAt[i] !== i || stored[ownProbe[i]] ? null : ++next;
  // The stored post a reply answers, when its parent is not among the batch's new posts.
  const storedParent = (i: number): StoredRef | undefined => {
    const at = parentAt[i];
    return at === OUTSIDE ? stored[parentProbe[i]] : at >= 0 && ids[at] === null ? stored[ownProbe[at]] : undefined;
  };
  const parentIds = ids.map((id, i) => {
    if (id === null || parentAt[i] === NO_PARENT) return null;
    const at = parentAt[i];
    return at >= 0 && ids[at] !== null ? ids[at] : (storedParent(i)?.id ?? null);
  });
  const threadOf = resolveRoots(ids, parentIds, (i) => (parentAt[i] >= 0 && ids[parentAt[i]] !== null ? parentAt[i] : -1), storedParent);
  const rootIds = ids.map((id) => (id === null ? null : threadOf.get(id) === id ? null : (threadOf.get(id) ?? null)));
  return { ids, parentIds, rootIds, threadOf };
}

/**
 * Links a batch whose stored posts are given by key (see linkIndexed): the form tests and small
 * callers use.
 */
export function linkBatch(posts: LinkInput[], stored: Map<string, StoredRef>, lastId: number): BatchLinks {
  const index = indexBatch(posts);
  return linkIndexed(index, index.probes.map(([site, ext]) => stored.get(postKey(site, ext))), lastId);
}

/**
 * Thread root (own id for roots) of every new post; breaks reply cycles among new posts.
 * `freshParentAt(i)` is the position of post i's parent among the new posts (-1 when it is not
 * one), `storedParent(i)` the stored post it answers otherwise.
 */
function resolveRoots(
  ids: (number | null)[],
  parentIds: (number | null)[],
  freshParentAt: (i: number) => number,
  storedParent: (i: number) => StoredRef | undefined,
): Map<number, number | null> {
  const threadOf = new Map<number, number | null>();
  const state = new Uint8Array(ids.length); // 0 new, 1 visiting, 2 done
  const visit = (i: number): number | null => {
    const id = ids[i] as number;
    if (state[i] === 2) return threadOf.get(id) ?? null;
    state[i] = 1;
    let root: number | null = id;
    if (parentIds[i] !== null) {
      const j = freshParentAt(i);
      if (j < 0) root = storedRootOf(storedParent(i) as StoredRef);
      else if (state[j] === 1) parentIds[i] = null;
      else root = visit(j);
    }
    state[i] = 2;
    threadOf.set(id, root);
    return root;
  };
  ids.forEach((id, i) => id !== null && visit(i));
  return threadOf;
}
