import { useEffect, useState } from 'react';
import type { ImportProgress, ImportReport } from '../../../../shared/domain/importReport';
import { call, subscribe } from '../../api/client';
import { formatCount, formatTime } from '../../format';
import { progressFigures } from './importFormat';

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/** The latest progress of every running import, so one started earlier can still be followed and cancelled. */
function useRunningProgress(): Map<number, ImportProgress> {
  const [progress, setProgress] = useState(new Map<number, ImportProgress>());
  useEffect(() => subscribe('imports.progressed', (p) => setProgress((m) => new Map(m).set(p.importId, p))), []);
  return progress;
}

/** The status cell: a running import shows its share, rows/s and a Cancel button. */
function StatusCell(props: { report: ImportReport; progress: ImportProgress | undefined }) {
  const { report: i, progress: p } = props;
  if (i.status !== 'running') return <td className={`status-${i.status}`}>{i.status}</td>;
  const f = p ? progressFigures(p) : null;
  return (
    <td className="status-running" data-testid="import-row-running">
      running{f ? ` ${Math.round(f.share * 100)}%, ${formatCount(f.rowsPerSecond)} rows/s` : ''}{' '}
      <button type="button" data-testid="import-row-cancel" onClick={(e) => (e.stopPropagation(), void call('imports.cancel', { importId: i.importId }))}>
        Cancel
      </button>
    </td>
  );
}

/** Recent imports, newest first; choosing one narrows the quarantine to its rows. */
export function ImportsPanel(props: { imports: ImportReport[]; selected: number | null; onSelect(id: number | null): void }) {
  const progress = useRunningProgress();
  if (props.imports.length === 0) return <p className="muted">No imports yet.</p>;
  return (
    <table className="grid compact" data-testid="imports-table">
      <thead>
        <tr>
          <th>File</th>
          <th>Preset</th>
          <th>Status</th>
          <th className="num">Imported</th>
          <th className="num">Duplicates</th>
          <th className="num">Quarantined</th>
          <th>Started</th>
        </tr>
      </thead>
      <tbody>
        {props.imports.map((i) => (
          <tr
            key={i.importId}
            data-testid="import-row"
            className={props.selected === i.importId ? 'selected' : ''}
            onClick={() => props.onSelect(props.selected === i.importId ? null : i.importId)}
          >
            <td title={i.file}>{baseName(i.file)}</td>
            <td>{i.preset}</td>
            <StatusCell report={i} progress={progress.get(i.importId)} />
            <td className="num">{formatCount(i.status === 'running' ? (progress.get(i.importId)?.imported ?? i.imported) : i.imported)}</td>
            <td className="num">{formatCount(i.duplicates)}</td>
            <td className="num" data-testid="import-quarantined">{formatCount(i.quarantined)}</td>
            <td>{formatTime(i.startedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
