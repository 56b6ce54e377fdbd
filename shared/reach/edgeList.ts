/**
 * Edge lists as parallel typed arrays. External account ids (strings) are interned to dense
 * integer indices in first-seen order, so a 10M-edge file costs two Int32Arrays plus one id table.
 */

/** Follow (or interaction) edges: `src[i]` follows / interacted with `dst[i]`. */
export interface EdgeList {
  /** External id of each node index; may include nodes that have no edge (declared nodes). */
  ids: string[];
  /** Follower (source) node index of each edge. Length is exactly the edge count. */
  src: Int32Array;
  /** Followee (target) node index of each edge. */
  dst: Int32Array;
  /** Edge weights (interaction counts) or null when unweighted. */
  weight: Float64Array | null;
}

/** Incrementally collects edges; used by the streaming parsers. */
export interface EdgeListBuilder {
  /** Interns an id (a stub node when it never gets an edge) and returns its index. */
  addNode(id: string): number;
  /** Same as `addNode(String(value))` for an integer 0 ≤ value < 10^9, without making the string first. */
  addNumericNode(value: number): number;
  /** Appends an edge between interned indices. */
  addEdgeByIndex(follower: number, followee: number, weight?: number): void;
  /** Appends one edge `follower → followee` (weight defaults to 1 on weighted lists). */
  addEdge(follower: string, followee: string, weight?: number): void;
  /** Number of edges added so far (self-loops and duplicates included). */
  edgeCount(): number;
  /** Returns the collected list; arrays are trimmed copies, safe to transfer to a worker. */
  build(): EdgeList;
}

/** Numeric ids below this use a dense lookup table (at most 32 MiB). */
const DIRECT_LIMIT = 2 ** 23;

/** Options of {@link createEdgeListBuilder}. */
export interface EdgeListBuilderOptions {
  /** Keep a weight per edge (interaction networks). Default false. */
  weighted?: boolean;
  /** Initial edge capacity; arrays grow by doubling. Default 1024. */
  capacity?: number;
}

/** Creates an empty {@link EdgeListBuilder}. */
export function createEdgeListBuilder(options: EdgeListBuilderOptions = {}): EdgeListBuilder {
  const index = createIdIndex();
  let cap = Math.max(16, options.capacity ?? 1024);
  let src = new Int32Array(cap);
  let dst = new Int32Array(cap);
  let weight = options.weighted ? new Float64Array(cap) : null;
  let count = 0;
  const addNode = (id: string): number => index.intern(toCanonicalInt(id), id);
  const addEdgeByIndex = (a: number, b: number, w = 1): void => {
    if (count === cap) {
      cap *= 2;
      src = copyInto(new Int32Array(cap), src);
      dst = copyInto(new Int32Array(cap), dst);
      if (weight) weight = copyInto(new Float64Array(cap), weight);
    }
    src[count] = a;
    dst[count] = b;
    if (weight) weight[count] = w;
    count++;
  };
  return {
    addNode,
    addNumericNode: (value) => index.intern(value, null),
    addEdgeByIndex,
    addEdge: (follower, followee, w = 1) => addEdgeByIndex(addNode(follower), addNode(followee), w),
    edgeCount: () => count,
    build: () => ({ ids: index.ids.slice(), src: src.slice(0, count), dst: dst.slice(0, count), weight: weight ? weight.slice(0, count) : null }),
  };
}

/**
 * Id → index. Canonical decimal ids ("0", "17"; not "017") skip string hashing: small ones index a
 * dense table (index + 1, 0 = unseen, grown by doubling up to 2^23 entries), larger ones a
 * numeric Map; SNAP-style files are all numeric. Other ids use a string Map.
 */
function createIdIndex(): { ids: string[]; intern(key: number, id: string | null): number } {
  const ids: string[] = [];
  const numeric = new Map<number, number>();
  const named = new Map<string, number>();
  let direct = new Int32Array(0);
  const intern = (key: number, id: string | null): number => {
    if (key >= 0 && key < DIRECT_LIMIT) {
      if (key >= direct.length) direct = copyInto(new Int32Array(Math.min(DIRECT_LIMIT, 2 ** Math.ceil(Math.log2(key + 1)))), direct);
      if (direct[key] === 0) {
        ids.push(id ?? String(key));
        direct[key] = ids.length;
      }
      return direct[key] - 1;
    }
    let i = key < 0 ? named.get(id as string) : numeric.get(key);
    if (i === undefined) {
      i = ids.length;
      if (key < 0) named.set(id as string, i);
      else numeric.set(key, i);
      ids.push(id ?? String(key));
    }
    return i;
  };
  return { ids, intern };
}

function copyInto<T extends Int32Array | Float64Array>(target: T, source: T): T {
  target.set(source);
  return target;
}

/**
 * Builds an {@link EdgeList} from `[follower, followee]` or `[follower, followee, weight]` tuples
 * (tests, small imports). A list is weighted when any tuple has a third element.
 */
export function edgeListFromPairs(pairs: ReadonlyArray<readonly [string, string] | readonly [string, string, number]>, nodes: readonly string[] = []): EdgeList {
  const builder = createEdgeListBuilder({ weighted: pairs.some((p) => p.length === 3), capacity: pairs.length });
  for (const id of nodes) builder.addNode(id);
  for (const p of pairs) builder.addEdge(p[0], p[1], p.length === 3 ? p[2] : 1);
  return builder.build();
}

/** The value of a canonical decimal id below 10^9 ("0", "42"; not "042", "-1", "1e3"), else −1. */
function toCanonicalInt(id: string): number {
  const n = id.length;
  if (n === 0 || n > 9 || (n > 1 && id.charCodeAt(0) === 48)) return -1;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const d = id.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}
