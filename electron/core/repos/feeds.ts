import { AppFailure } from '../../../shared/contract/result';
import type { FeedSource, FeedStatus } from '../../../shared/domain/feed';
import type { Queryable } from '../db/database';

interface FeedRow {
  id: number;
  site_id: number;
  site_name: string;
  url: string;
  enabled: number;
  interval_ms: number;
  etag: string | null;
  last_modified: string | null;
  last_polled_at: number | null;
  last_ok_at: number | null;
  next_poll_at: number;
  failures: number;
  status: FeedStatus;
  last_error: string | null;
}

/** A feed with the validators its next conditional GET sends. */
export type StoredFeed = FeedSource & { etag: string | null; lastModified: string | null; intervalMs: number };

const toFeed = (r: FeedRow): StoredFeed => ({
  id: r.id,
  siteId: r.site_id,
  siteName: r.site_name,
  url: r.url,
  enabled: r.enabled === 1,
  intervalMinutes: Math.round(r.interval_ms / 60_000),
  intervalMs: r.interval_ms,
  status: r.status,
  lastError: r.last_error,
  failures: r.failures,
  lastPolledAt: r.last_polled_at,
  lastOkAt: r.last_ok_at,
  nextPollAt: r.next_poll_at,
  etag: r.etag,
  lastModified: r.last_modified,
});

const SELECT = 'SELECT f.*, s.name AS site_name FROM feeds f JOIN sites s ON s.id = f.site_id';

/** Every feed, by site and URL. */
export async function listFeeds(q: Queryable): Promise<StoredFeed[]> {
  return (await q.all<FeedRow>(`${SELECT} ORDER BY s.name, f.url`)).map(toFeed);
}

/** One feed, or undefined. */
export async function readFeed(q: Queryable, id: number): Promise<StoredFeed | undefined> {
  const r = await q.get<FeedRow>(`${SELECT} WHERE f.id = ?`, [id]);
  return r && toFeed(r);
}

/** Enabled feeds of enabled sites whose next poll is due. */
export async function dueFeeds(q: Queryable, now: number): Promise<StoredFeed[]> {
  return (await q.all<FeedRow>(`${SELECT} WHERE f.enabled = 1 AND s.enabled = 1 AND f.next_poll_at <= ? ORDER BY f.next_poll_at`, [now])).map(toFeed);
}

/** Adds (no id) or edits a feed; a URL already registered is a conflict. Returns its id. */
export async function saveFeedRow(q: Queryable, f: { id?: number; siteId: number; url: string; intervalMs: number; enabled: boolean }, now: number): Promise<number> {
  try {
    if (f.id === undefined) {
      const r = await q.run('INSERT INTO feeds (site_id, url, interval_ms, enabled, next_poll_at, created_at) VALUES (?, ?, ?, ?, ?, ?)', [f.siteId, f.url, f.intervalMs, f.enabled ? 1 : 0, now, now]);
      return r.lastID;
    }
    const r = await q.run('UPDATE feeds SET site_id = ?, url = ?, interval_ms = ?, enabled = ? WHERE id = ?', [f.siteId, f.url, f.intervalMs, f.enabled ? 1 : 0, f.id]);
    if (r.changes === 0) throw new AppFailure('not-found', `no feed with id ${f.id}`, 'id');
    return f.id;
  } catch (err) {
    if (err instanceof Error && /UNIQUE constraint failed: feeds\.url/.test(err.message)) throw new AppFailure('conflict', `the feed ${f.url} is already registered`, 'url');
    throw err;
  }
}

/** Records a good poll: validators kept (unless unchanged), failures cleared, next poll set. */
export async function recordFeedOk(q: Queryable, id: number, v: { etag: string | null; lastModified: string | null } | null, now: number, next: number): Promise<void> {
  const keep = v === null;
  await q.run(
    `UPDATE feeds SET status = 'ok', failures = 0, last_error = NULL, last_polled_at = ?, last_ok_at = ?, next_poll_at = ?,
       etag = CASE WHEN ? THEN etag ELSE ? END, last_modified = CASE WHEN ? THEN last_modified ELSE ? END WHERE id = ?`,
    [now, now, next, keep ? 1 : 0, v?.etag ?? null, keep ? 1 : 0, v?.lastModified ?? null, id],
  );
}

/** Records a failed poll: the source is unhealthy with the reason until a poll works again. */
export async function recordFeedFailure(q: Queryable, id: number, reason: string, now: number, next: number): Promise<void> {
  await q.run("UPDATE feeds SET status = 'unhealthy', failures = failures + 1, last_error = ?, last_polled_at = ?, next_poll_at = ? WHERE id = ?", [reason.slice(0, 500), now, next, id]);
}
