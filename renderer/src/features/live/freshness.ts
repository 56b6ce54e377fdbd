/** How fresh what a live screen shows is. */
export interface Freshness {
  /** Time since the newest post was stored (server clock), null when nothing was ever stored. */
  dataAgeMs: number | null;
  /** Time since the server was last heard from. */
  linkAgeMs: number | null;
  /** True when the link is lost or no post arrived for longer than `staleAfterMs`. */
  stale: boolean;
  /** Why it is stale, in a few words. */
  reason: 'ok' | 'no-data' | 'no-new-posts' | 'link-lost';
}

/**
 * Judges freshness: stale when the server has not been heard from for `linkLostMs` (server down,
 * sleep, network), or when no post was stored for `staleAfterMs` (ingestion stopped).
 */
export function freshnessOf(o: { now: number; heardAt: number | null; lastIngestAt: number | null; offsetMs: number; staleAfterMs: number; linkLostMs: number }): Freshness {
  const linkAgeMs = o.heardAt === null ? null : Math.max(0, o.now - o.heardAt);
  const dataAgeMs = o.lastIngestAt === null ? null : Math.max(0, o.now + o.offsetMs - o.lastIngestAt);
  if (linkAgeMs !== null && linkAgeMs > o.linkLostMs) return { dataAgeMs, linkAgeMs, stale: true, reason: 'link-lost' };
  if (dataAgeMs === null) return { dataAgeMs, linkAgeMs, stale: true, reason: 'no-data' };
  if (dataAgeMs > o.staleAfterMs) return { dataAgeMs, linkAgeMs, stale: true, reason: 'no-new-posts' };
  return { dataAgeMs, linkAgeMs, stale: false, reason: 'ok' };
}

/** "12 s", "4 min", "3 h 5 min", "2 d": a duration in words short enough for a wall. */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 48) return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
  return `${Math.floor(h / 24)} d`;
}
