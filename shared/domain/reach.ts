import type { ReachTerm, ReachWeights } from '../reach/reachScore';

/** Edge file formats the importer reads. */
export const EDGE_FORMATS = ['snap', 'snap-weighted', 'csv', 'csv-weighted', 'gexf', 'brand-json'] as const;
/** An edge file format: SNAP `A B` / `A B w`, CSV `follower,followee[,weight]`, Gephi GEXF, brand follower JSON. */
export type EdgeFormat = (typeof EDGE_FORMATS)[number];

/** What an edge file holds: follow edges, or weighted interactions (replies, mentions, reposts). */
export type GraphKind = 'follow' | 'interaction';

/** A malformed edge line, with its 1-based line number. */
export interface BadEdgeLine {
  line: number;
  reason: string;
}

/** The outcome of importing one edge file into the database. */
export interface GraphImportReport {
  sourceId: number;
  siteId: number;
  site: string;
  kind: GraphKind;
  file: string;
  format: EdgeFormat;
  linesRead: number;
  /** Distinct edges stored by this import (self-loops and duplicates excluded). */
  edges: number;
  selfLoops: number;
  /** Edges seen again (in the file or already stored). */
  duplicates: number;
  badLines: number;
  /** The first malformed lines (at most 100). */
  bad: BadEdgeLine[];
  /** Ids never seen before, kept as authors without posts. */
  stubAuthors: number;
  millis: number;
}

/** One metrics computation of a site's follow graph. */
export interface ReachRun {
  siteId: number;
  site: string;
  computedAt: number;
  nodeCount: number;
  edgeCount: number;
  selfLoops: number;
  duplicates: number;
  /** Interaction edges fed to the cascade model (posts-derived and imported). */
  interactionEdges: number;
  /** Follow edges whose cascade probability came from observed interactions. */
  observedEdges: number;
  cascadeRuns: number;
  hubThreshold: number;
  pageRankIterations: number;
  millis: number;
}

/** How an author's scored posts lean: counts per sentiment label. */
export interface AuthorMood {
  positive: number;
  neutral: number;
  negative: number;
}

/**
 * Advocates: at least 2 scored posts and 60% or more of them positive; detractors: the same for
 * negative. Everyone else with scored posts is mixed.
 */
export type Stance = 'advocate' | 'detractor' | 'mixed';

/** Stored reach metrics of one author. */
export interface AuthorMetrics {
  authorId: number;
  handle: string;
  siteId: number;
  site: string;
  /** Posts stored for this author (0 for a stub known only from an edge file). */
  posts: number;
  /** Sentiment of the author's scored posts. */
  mood: AuthorMood;
  /** null when the author has no scored posts. */
  stance: Stance | null;
  followers: number;
  audience2: number;
  audience2StdError: number;
  pagerank: number;
  core: number;
  hubLinks: number;
  /** Expected accounts reached by one post, author excluded; null where not simulated. */
  expectedCascade: number | null;
  cascadeStdError: number | null;
  computedAt: number;
}

/** A leaderboard row: the metrics, the reach score and its explained terms. */
export interface LeaderboardRow extends AuthorMetrics {
  rank: number;
  score: number;
  terms: ReachTerm[];
}

/** A page of the leaderboard, ranked by reach score (never by follower count). */
export interface Leaderboard {
  rows: LeaderboardRow[];
  total: number;
  weights: ReachWeights;
  runs: ReachRun[];
}

/** How a node relates to the ego of an ego network. */
export type EgoRole = 'ego' | 'follower' | 'followee' | 'mutual';

/** A node of an ego network: the author and its stored metrics (zeros when not computed). */
export interface EgoNode extends AuthorMetrics {
  role: EgoRole;
  score: number;
}

/** A follow edge of an ego network, by author id: `source` follows `target`. */
export interface EgoEdge {
  source: number;
  target: number;
}

/** How an ego network was cut down to its node cap, stated on screen. */
export interface EgoSampling {
  /** Followers plus followees of the ego (mutuals once). */
  neighbours: number;
  /** Neighbours shown. */
  shown: number;
  sampled: boolean;
  /** The rule in words, e.g. "the 299 neighbours with the highest PageRank of 1,054". */
  rule: string;
}

/** The ego network of an author: the author, its followers and followees, and the follows among them. */
export interface EgoNetwork {
  egoId: number;
  nodes: EgoNode[];
  edges: EgoEdge[];
  sampling: EgoSampling;
}

/** `reach.import`: an edge file on the app's machine. */
export interface ReachImportRequest {
  path: string;
  /** Default: guessed from the file name (.csv, .json, .gexf, else SNAP). */
  format?: EdgeFormat;
  /** Site whose accounts the ids are. Default 'twitter'. */
  site?: string;
  /** Default: 'interaction' for weighted formats, else 'follow'. */
  kind?: GraphKind;
}

/** `reach.compute`: one site, or every site with follow edges. */
export interface ReachComputeRequest {
  siteId?: number;
  /** Authors given an expected cascade (the top K by PageRank). Default 100. */
  cascadeCandidates?: number;
  /** Monte Carlo runs per author. Default 1000. */
  cascadeRuns?: number;
}

/** `reach.leaderboard`: filters, paging and the (partial) weights of the reach score. */
export interface LeaderboardRequest {
  siteId?: number;
  /** Part of a handle (case-insensitive). */
  query?: string;
  /** Only authors with stored posts, not accounts known only from edge files. */
  postersOnly?: boolean;
  /** Only advocates, detractors or mixed authors (see {@link Stance}). */
  stance?: Stance;
  /** Ranking key: the reach score (default) or PageRank. Follower count is never the key. */
  by?: 'score' | 'pagerank';
  weights?: Partial<ReachWeights>;
  offset?: number;
  limit?: number;
}

/** `reach.ego`: whose ego network, and the node cap (default 300, at most 20,000). */
export interface EgoRequest {
  authorId: number;
  maxNodes?: number;
}

/** A laid-out position of a shown node (author id), from the graph view. */
export interface NodePosition {
  id: number;
  x: number;
  y: number;
}

/** `reach.exportGexf`: the ego network as shown, with the view's layout when given. */
export interface GexfExportRequest extends EgoRequest {
  positions?: NodePosition[];
}

/** A GEXF document to save. */
export interface GexfExport {
  fileName: string;
  gexf: string;
}

/** Progress of a reach import or computation, pushed as `reach.progressed`. */
export interface ReachProgressEvent {
  /** What is happening, in words ("parsing edges.txt", "computing metrics of 76,851 accounts"). */
  step: string;
  /** Units done and in all (bytes, edges); total 0 when unknown. */
  done: number;
  total: number;
}

/** `reach.threads`: conversations of a site to pick a cascade from, ranked by replies or reposts. */
export interface ThreadListRequest {
  siteId?: number;
  /** Ranking: posts in the thread (default) or reposts of the root. */
  by?: 'replies' | 'reposts';
  limit?: number;
}

/** A conversation offered for the cascade view. */
export interface ThreadChoice {
  rootPostId: number;
  siteId: number;
  site: string;
  author: string;
  /** The root's untrusted text (at most 200 characters): render as text. */
  text: string;
  startedAt: number;
  lastAt: number;
  /** Replies (the root excluded). */
  replies: number;
  /** `RT @author:` posts that repeat the root within a week. */
  reposts: number;
  participants: number;
}

/** How an author joined a cascade: wrote the root, replied in the thread, reposted or mentioned the root's author. */
export type CascadeVia = 'root' | 'reply' | 'repost' | 'mention';

/** One author of a thread's cascade, at their first post in it. */
export interface CascadeNode extends AuthorMetrics {
  score: number;
  via: CascadeVia;
  /** Their first post in the cascade and when it was written. */
  postId: number;
  at: number;
  /** Tree depth: 0 for the root author. */
  depth: number;
  /** Label of that post (a supervisor's correction wins), null when unscored. */
  sentiment: 'negative' | 'neutral' | 'positive' | null;
  /** Their posts in the cascade. */
  postsInThread: number;
}

/** A cascade edge by author id: `source` was answered (or reposted, mentioned) by `target`. */
export interface CascadeEdge {
  source: number;
  target: number;
  via: Exclude<CascadeVia, 'root'>;
}

/** How a cascade or community was cut down or aggregated, stated on screen. */
export interface GraphSampling {
  /** Accounts that qualified before the cap. */
  total: number;
  shown: number;
  sampled: boolean;
  rule: string;
}

/** How a thread travelled: the tree of authors in time order plus the follows among them. */
export interface CascadeGraph {
  rootPostId: number;
  rootAuthorId: number;
  site: string;
  /** The root's untrusted text (at most 280 characters). */
  rootText: string;
  startedAt: number;
  /** In order of first post (the root author first). */
  nodes: CascadeNode[];
  /** The tree: every node but the root has exactly one incoming edge, from an earlier node. */
  tree: CascadeEdge[];
  /** Follow edges among the shown authors (`source` follows `target`), drawn faintly. */
  follows: EgoEdge[];
  sampling: GraphSampling;
}

/** `reach.cascade`: any post of the thread (its root is found) and the node cap (default 300). */
export interface CascadeRequest {
  rootPostId: number;
  maxNodes?: number;
}

/** `reach.community`: the follow graph of one site restricted by filters. */
export interface CommunityRequest {
  siteId?: number;
  stance?: Stance;
  /** Only authors whose scored posts of the last `recentDays` are mostly of this label. */
  recentSentiment?: 'negative' | 'neutral' | 'positive';
  /** Days counted as recent (default 30). */
  recentDays?: number;
  /** Smallest reach score (default weights). */
  minScore?: number;
  /** How accounts are grouped: label-propagation communities (default) or k-core shells (id = core + 1). */
  groupBy?: 'community' | 'core';
  /** Show the members of one group (its id from an aggregated answer) instead of the whole. */
  community?: number;
  /** Above this many accounts the graph is aggregated by community (default 300). */
  maxNodes?: number;
}

/** An author of a filtered community graph. */
export interface CommunityNode extends AuthorMetrics {
  score: number;
  /** Its group: label-propagation community (the id of one of its members) or k-core shell + 1. */
  community: number;
}

/** A community shown as one node when the filtered graph is too large. */
export interface CommunityGroup {
  id: number;
  members: number;
  /** The members with the highest reach score (at most 3), for the label. */
  top: string[];
  stances: { advocate: number; detractor: number; mixed: number; none: number };
  /** Sum of followers, highest reach score and PageRank sum of the members. */
  followers: number;
  maxScore: number;
  pagerank: number;
}

/** A filtered community: authors with the follows among them, or communities with follow counts between them. */
export interface CommunityGraph {
  siteId: number;
  site: string;
  groupBy: 'community' | 'core';
  aggregated: boolean;
  /** Authors (when not aggregated). */
  nodes: CommunityNode[];
  /** Communities (when aggregated). */
  groups: CommunityGroup[];
  /** Author ids, or community ids when aggregated (weight = follows between the two). */
  edges: Array<{ source: number; target: number; weight: number }>;
  sampling: GraphSampling;
}
