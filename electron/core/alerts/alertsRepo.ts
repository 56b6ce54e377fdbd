import type { Alert, AlertKind, AlertSeverity } from '../../../shared/domain/live';
import type { Queryable } from '../db/database';

/** An alert about to be raised. */
export interface NewAlert {
  kind: AlertKind;
  severity: AlertSeverity;
  subject: string;
  title: string;
  detail: string;
  siteId: number | null;
  postId: number | null;
}

interface AlertRow {
  id: number;
  kind: AlertKind;
  severity: AlertSeverity;
  subject: string;
  title: string;
  detail: string;
  site_id: number | null;
  post_id: number | null;
  raised_at: number;
  acknowledged_at: number | null;
  acknowledged_by: string | null;
}

const COLUMNS = 'id, kind, severity, subject, title, detail, site_id, post_id, raised_at, acknowledged_at, acknowledged_by';

const toAlert = (r: AlertRow): Alert => ({
  id: r.id,
  kind: r.kind,
  severity: r.severity,
  subject: r.subject,
  title: r.title,
  detail: r.detail,
  siteId: r.site_id,
  postId: r.post_id,
  raisedAt: r.raised_at,
  acknowledgedAt: r.acknowledged_at,
  acknowledgedBy: r.acknowledged_by,
});

/**
 * Raises an alert unless one of the same kind and subject is still open or was raised within
 * `coolDownMs` (so a long spike raises once, and two processes on one database do not both raise).
 * Returns the new alert, or null when it was held back.
 */
export async function raiseAlert(q: Queryable, a: NewAlert, now: number, coolDownMs: number): Promise<Alert | null> {
  const recent = await q.get<{ id: number }>(
    'SELECT id FROM alerts WHERE kind = ? AND subject = ? AND (raised_at >= ? OR acknowledged_at IS NULL) LIMIT 1',
    [a.kind, a.subject, now - coolDownMs],
  );
  if (recent) return null;
  const r = await q.run(
    'INSERT INTO alerts (kind, severity, subject, title, detail, site_id, post_id, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    [a.kind, a.severity, a.subject, a.title, a.detail, a.siteId, a.postId, now],
  );
  return { id: r.lastID, ...a, raisedAt: now, acknowledgedAt: null, acknowledgedBy: null };
}

/** Open (unacknowledged) alerts, newest first. */
export async function listOpenAlerts(q: Queryable, limit = 50): Promise<Alert[]> {
  const rows = await q.all<AlertRow>(`SELECT ${COLUMNS} FROM alerts WHERE acknowledged_at IS NULL ORDER BY raised_at DESC, id DESC LIMIT ?`, [limit]);
  return rows.map(toAlert);
}

/** Recent alerts, open or not, newest first. */
export async function listAlerts(q: Queryable, opts: { openOnly?: boolean; limit?: number } = {}): Promise<Alert[]> {
  if (opts.openOnly) return listOpenAlerts(q, opts.limit);
  const rows = await q.all<AlertRow>(`SELECT ${COLUMNS} FROM alerts ORDER BY raised_at DESC, id DESC LIMIT ?`, [opts.limit ?? 50]);
  return rows.map(toAlert);
}

/** Acknowledges open alerts among `ids`; returns the alerts it closed. */
export async function acknowledgeAlerts(q: Queryable, ids: readonly number[], by: string, now: number): Promise<Alert[]> {
  if (ids.length === 0) return [];
  const list = JSON.stringify(ids);
  await q.run(
    'UPDATE alerts SET acknowledged_at = ?, acknowledged_by = ? WHERE acknowledged_at IS NULL AND id IN (SELECT value FROM json_each(?))',
    [now, by, list],
  );
  const rows = await q.all<AlertRow>(
    `SELECT ${COLUMNS} FROM alerts WHERE acknowledged_at = ? AND acknowledged_by = ? AND id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    [now, by, list],
  );
  return rows.map(toAlert);
}

/** A cheap fingerprint of the alerts table: changes when an alert is raised or acknowledged. */
export async function readAlertsStamp(q: Queryable): Promise<string> {
  const r = await q.get<{ n: number; m: number | null; a: number | null }>(
    'SELECT count(*) AS n, max(id) AS m, (SELECT count(*) FROM alerts WHERE acknowledged_at IS NULL) AS a FROM alerts',
  );
  return `${r?.n ?? 0}:${r?.m ?? 0}:${r?.a ?? 0}`;
}
