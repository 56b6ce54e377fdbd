import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/domain/stats';
import { call, subscribe } from '../api/client';
import { formatAge, formatBytes, formatTime } from '../format';

/** How often, at most, ingests refresh the status line (a webhook firehose sends several a second). */
const REFRESH_MS = 2_000;

/** Bottom status line: database file, its size, and the last ingest time. Refreshes on ingest, at most every REFRESH_MS. */
export function StatusLine() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const load = (): void => {
      void call('app.info', {}).then((r) => (r.ok ? (setInfo(r.value), setError(null)) : setError(r.error.message)));
    };
    load();
    let pending: ReturnType<typeof setTimeout> | undefined;
    const off = subscribe('posts.ingested', () => {
      pending ??= setTimeout(() => {
        pending = undefined;
        load();
      }, REFRESH_MS);
    });
    const timer = setInterval(load, 30_000);
    return () => {
      off();
      clearInterval(timer);
      clearTimeout(pending);
    };
  }, []);

  if (error) return <footer className="status error" data-testid="status-line">{error}</footer>;
  if (!info) return <footer className="status" data-testid="status-line">Opening database…</footer>;
  return (
    <footer className="status" data-testid="status-line">
      <span title={info.dbPath}>Database: {info.dbPath}</span>
      <span data-testid="status-size">{formatBytes(info.dbBytes)}</span>
      <span>schema {info.schemaVersion}</span>
      <span data-testid="status-last-ingest">
        Last ingest: {info.lastIngestAt ? `${formatTime(info.lastIngestAt)} (${formatAge(info.lastIngestAt)})` : 'never'}
      </span>
      {info.readOnly && <span className="badge">read-only</span>}
    </footer>
  );
}
