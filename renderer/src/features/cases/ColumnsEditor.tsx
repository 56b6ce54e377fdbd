import { useState } from 'react';
import type { CaseColumn, CaseColumnInput } from '../../../../shared/domain/case';
import { call } from '../../api/client';

/** Edits the board's columns: rename, reorder, add, remove (only empty ones), mark as resolving. */
export function ColumnsEditor(props: { columns: CaseColumn[]; onClose: () => void }) {
  const [rows, setRows] = useState<(CaseColumnInput & { count: number })[]>(props.columns.map((k) => ({ id: k.id, name: k.name, resolves: k.resolves, count: k.count })));
  const [error, setError] = useState<string | null>(null);
  const set = (i: number, patch: Partial<CaseColumnInput>): void => setRows((r) => r.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const swap = (i: number, j: number): void =>
    setRows((r) => {
      if (j < 0 || j >= r.length) return r;
      const next = [...r];
      [next[i], next[j]] = [next[j], next[i]];
      return next;
    });
  const save = async (): Promise<void> => {
    const r = await call('cases.saveColumns', { columns: rows.map(({ id, name, resolves }) => (id === undefined ? { name, resolves } : { id, name, resolves })) });
    if (r.ok) props.onClose();
    else setError(r.error.message);
  };
  return (
    <div className="columns-editor" data-testid="columns-editor" role="dialog" aria-label="Edit columns">
      <h3>Columns</h3>
      {error && <div className="error-banner" role="alert">{error}</div>}
      {rows.map((r, i) => (
        <div className="column-row" key={r.id ?? `new-${i}`}>
          <input aria-label={`Column ${i + 1} name`} value={r.name} onChange={(e) => set(i, { name: e.target.value })} />
          <label title="Cases here count as resolved">
            <input type="checkbox" checked={r.resolves} onChange={(e) => set(i, { resolves: e.target.checked })} /> resolves
          </label>
          <button type="button" onClick={() => swap(i, i - 1)} aria-label="Move up">↑</button>
          <button type="button" onClick={() => swap(i, i + 1)} aria-label="Move down">↓</button>
          <button type="button" disabled={r.count > 0} title={r.count > 0 ? 'Move its cases first' : 'Remove'} onClick={() => setRows((x) => x.filter((_, j) => j !== i))}>
            Remove
          </button>
        </div>
      ))}
      <div className="column-row">
        <button type="button" onClick={() => setRows((x) => [...x, { name: 'New column', resolves: false, count: 0 }])}>Add column</button>
        <span className="spacer" />
        <button type="button" onClick={props.onClose}>Cancel</button>
        <button type="button" className="primary" onClick={() => void save()}>Save columns</button>
      </div>
    </div>
  );
}
