import type { ImportReport } from '../../../../shared/domain/importReport';
import { formatCount, formatTime } from '../../format';

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/** Recent imports, newest first; choosing one narrows the quarantine to its rows. */
export function ImportsPanel(props: { imports: ImportReport[]; selected: number | null; onSelect(id: number | null): void }) {
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
            <td className={`status-${i.status}`}>{i.status}</td>
            <td className="num">{formatCount(i.imported)}</td>
            <td className="num">{formatCount(i.duplicates)}</td>
            <td className="num" data-testid="import-quarantined">{formatCount(i.quarantined)}</td>
            <td>{formatTime(i.startedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
