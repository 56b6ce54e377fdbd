import { useState } from 'react';
import type { ReportRequest, ReportSnapshot } from '../../../../shared/domain/report';
import { call } from '../../api/client';
import { formatBytes } from '../../format';
import { formatNumber } from './reportFormat';

/** Copies the data of the week (or range) into a snapshot file that opens read-only elsewhere. */
export function FreezeDialog(props: { request: ReportRequest | null; onClose(): void }) {
  const [path, setPath] = useState('');
  const [running, setRunning] = useState(false);
  const [snapshot, setSnapshot] = useState<ReportSnapshot | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (): Promise<void> => {
    const q = props.request;
    if (!q) return setError('Choose a valid week or range first.');
    if (!path.trim()) return setError('Snapshot file: enter the path of the file to write.');
    setRunning(true);
    setError(null);
    setSnapshot(null);
    const r = await call('reports.freeze', { week: q.week, from: q.from, to: q.to, timeZone: q.timeZone, path: path.trim() });
    setRunning(false);
    if (r.ok) setSnapshot(r.value);
    else setError(r.error.message);
  };
  return (
    <div className="report-dialog" role="dialog" aria-label="Freeze week" data-testid="freeze-dialog">
      <form
        className="dialog-row"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <label className="grow">Snapshot file <input type="text" data-testid="freeze-path" value={path} onChange={(e) => setPath(e.target.value)} placeholder="/home/me/snapshots/2017-W44.sqlite" spellCheck={false} /></label>
        <button type="submit" className="primary" data-testid="freeze-run" disabled={running}>{running ? 'Freezing…' : 'Freeze'}</button>
        <button type="button" onClick={props.onClose}>Close</button>
      </form>
      {error && <p className="form-error" role="alert" data-testid="freeze-error">{error}</p>}
      {snapshot && (
        <p data-testid="freeze-result">
          Froze {snapshot.label}: {formatNumber(snapshot.posts)} posts, {formatBytes(snapshot.bytes)} in <code>{snapshot.path}</code>, snapshot{' '}
          <code title={snapshot.snapshotHash}>{snapshot.snapshotHash.slice(0, 12)}</code>. Open it read-only with File → Open snapshot.
        </p>
      )}
    </div>
  );
}
