import { useCallback, useEffect, useState } from 'react';
import type { FeedSource } from '../../../../shared/domain/feed';
import { call, subscribe } from '../../api/client';
import { formatTime } from '../../format';

function AddFeed(props: { onSaved(): void }) {
  const [site, setSite] = useState('');
  const [url, setUrl] = useState('');
  const [minutes, setMinutes] = useState('15');
  const [error, setError] = useState<string | null>(null);
  const save = async (): Promise<void> => {
    const sent = url;
    const r = await call('feeds.save', { site: site.trim(), url: sent.trim(), intervalMinutes: Number(minutes) || 15, enabled: true });
    setError(r.ok ? null : r.error.message);
    // Clear the field only if nobody typed another URL meanwhile.
    if (r.ok) (setUrl((now) => (now === sent ? '' : now)), props.onSaved());
  };
  return (
    <form className="inline-form" onSubmit={(e) => (e.preventDefault(), void save())}>
      <input data-testid="feed-site" placeholder="site, e.g. travel-forum" value={site} onChange={(e) => setSite(e.target.value)} />
      <input data-testid="feed-url" className="grow" placeholder="https://forum.example/feed.rss" value={url} onChange={(e) => setUrl(e.target.value)} />
      <input data-testid="feed-interval" className="narrow" type="number" min={1} max={1440} value={minutes} onChange={(e) => setMinutes(e.target.value)} aria-label="minutes between polls" />
      <button type="submit" data-testid="feed-add" disabled={!site.trim() || !url.trim()}>Add feed</button>
      {error && <span className="error-text" role="alert" data-testid="feed-error">{error}</span>}
    </form>
  );
}

/** RSS/Atom feeds with their health: last good poll, the reason a failing one is unhealthy, next try. */
export function FeedsPanel() {
  const [feeds, setFeeds] = useState<FeedSource[]>([]);
  const load = useCallback(() => void call('feeds.list', {}).then((r) => r.ok && setFeeds(r.value)), []);
  useEffect(() => {
    load();
    const timer = setInterval(load, 10_000);
    const off = subscribe('imports.finished', load);
    return () => (clearInterval(timer), off());
  }, [load]);
  const pollNow = async (id: number): Promise<void> => {
    await call('feeds.poll', { id });
    load();
  };
  return (
    <div data-testid="feeds-panel">
      {feeds.length > 0 && (
        <table className="grid compact" data-testid="feeds-table">
          <thead>
            <tr><th>Site</th><th>Feed</th><th>Health</th><th>Last good poll</th><th>Next poll</th><th /></tr>
          </thead>
          <tbody>
            {feeds.map((f) => (
              <tr key={f.id} data-testid="feed-row">
                <td>{f.siteName}</td>
                <td className="url" title={f.url}>{f.url}</td>
                <td>
                  <span className={`chip health-${f.status}`} data-testid="feed-status">{f.status}</span>
                  {f.lastError && <div className="error-text" data-testid="feed-last-error">{f.lastError}{f.failures > 1 ? ` (${f.failures} times)` : ''}</div>}
                </td>
                <td>{f.lastOkAt ? formatTime(f.lastOkAt) : <span className="muted">never</span>}</td>
                <td>{formatTime(f.nextPollAt)}</td>
                <td className="actions"><button type="button" data-testid="feed-poll" onClick={() => void pollNow(f.id)}>Poll now</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddFeed onSaved={load} />
    </div>
  );
}
