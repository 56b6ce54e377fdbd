/**
 * Replies per thread root per minute over a sliding window, for the viral-thread rule. Roots with
 * no reply inside the window are forgotten, so memory follows the threads active right now.
 */
export class ThreadRates {
  private readonly roots = new Map<number, Map<number, number>>();

  /** `windowMs`: how far back replies count. */
  constructor(readonly windowMs: number) {}

  /** Number of roots tracked. */
  get size(): number {
    return this.roots.size;
  }

  /** Counts one reply to `root` created at `time`. */
  add(root: number, time: number): void {
    const minute = Math.floor(time / 60_000);
    let counts = this.roots.get(root);
    if (!counts) this.roots.set(root, (counts = new Map()));
    counts.set(minute, (counts.get(minute) ?? 0) + 1);
  }

  /** Drops minutes that left the window, and roots left with none. */
  prune(now: number): void {
    const first = Math.floor((now - this.windowMs) / 60_000);
    for (const [root, counts] of this.roots) {
      for (const m of counts.keys()) if (m < first) counts.delete(m);
      if (counts.size === 0) this.roots.delete(root);
    }
  }

  /** Roots with at least `min` replies in the window (at most the tracked one) ending `now`, with their counts. */
  busiest(now: number, min: number, windowMs = this.windowMs): { root: number; replies: number }[] {
    const first = Math.floor((now - Math.min(windowMs, this.windowMs)) / 60_000);
    const out: { root: number; replies: number }[] = [];
    for (const [root, counts] of this.roots) {
      let n = 0;
      for (const [m, c] of counts) if (m >= first) n += c;
      if (n >= min) out.push({ root, replies: n });
    }
    return out.sort((a, b) => b.replies - a.replies);
  }
}
