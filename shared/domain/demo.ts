/** What loading the seeded demo data did. */
export interface DemoReport {
  sites: number;
  /** Posts the generator made. */
  posts: number;
  /** Posts stored now (0 when the same demo was loaded before). */
  imported: number;
  duplicates: number;
  /** Follow edges stored for the microblog's follower graph. */
  follows: number;
  seed: number;
}

/** Options of `demo.load`: the same seed and days give the same data (ending at the current hour). */
export interface DemoRequest {
  seed?: number;
  days?: number;
}
