/** Headline counts of the database, as printed by `stats --json`. */
export interface Stats {
  posts: number;
  authors: number;
  sites: number;
  /** Conversations with at least one post (every post without a parent starts one). */
  threads: number;
  schemaVersion: number;
  perSite: { site: string; posts: number }[];
}

/** What the status line shows. */
export interface AppInfo {
  appVersion: string;
  dbPath: string;
  dbBytes: number;
  schemaVersion: number;
  lastIngestAt: number | null;
  readOnly: boolean;
}
