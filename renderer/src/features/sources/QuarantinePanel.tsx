import { useEffect, useState } from 'react';
import type { QuarantinedRow } from '../../../../shared/domain/importReport';
import { call } from '../../api/client';

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/** Rows imports refused, with file, row number, reason and the raw text (shown as text, never HTML). */
export function QuarantinePanel(props: { importId: number | null; version: number }) {
  const [rows, setRows] = useState<QuarantinedRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void call('imports.quarantine', { importId: props.importId ?? undefined, limit: 200 }).then((r) => {
      if (!live) return;
      if (r.ok) setRows(r.value);
      setError(r.ok ? null : r.error.message);
    });
    return () => {
      live = false;
    };
  }, [props.importId, props.version]);

  if (error) return <div className="error-banner" role="alert">{error}</div>;
  if (rows.length === 0) return <p className="muted" data-testid="quarantine-empty">Nothing quarantined{props.importId ? ' in this import' : ''}.</p>;
  return (
    <table className="grid compact" data-testid="quarantine-table">
      <thead>
        <tr>
          <th>File</th>
          <th className="num">Row</th>
          <th>Reason</th>
          <th>Raw</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((q) => (
          <tr key={q.id} data-testid="quarantine-row">
            <td title={q.file}>{baseName(q.file)}</td>
            <td className="num">{q.row}</td>
            <td data-testid="quarantine-reason">{q.reason}</td>
            <td><code className="raw" data-testid="quarantine-raw">{q.raw.slice(0, 300)}</code></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
