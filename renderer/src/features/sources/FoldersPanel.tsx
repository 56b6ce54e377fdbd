import { useCallback, useEffect, useState } from 'react';
import type { PresetInfo } from '../../../../shared/domain/importMapping';
import type { DroppedFileResult, WatchedFolder } from '../../../../shared/domain/watchedFolder';
import { call } from '../../api/client';

/** Watched folders: files dropped there are imported once, then moved to done/ or failed/. */
export function FoldersPanel() {
  const [folders, setFolders] = useState<WatchedFolder[]>([]);
  const [presets, setPresets] = useState<PresetInfo[]>([]);
  const [path, setPath] = useState('');
  const [preset, setPreset] = useState('generic');
  const [message, setMessage] = useState<string | null>(null);
  const load = useCallback(() => void call('folders.list', {}).then((r) => r.ok && setFolders(r.value)), []);
  useEffect(() => {
    load();
    void call('imports.presets', {}).then((r) => r.ok && setPresets(r.value.filter((p) => p.format === 'csv')));
  }, [load]);
  const add = async (): Promise<void> => {
    const r = await call('folders.save', { path: path.trim(), preset, enabled: true });
    setMessage(r.ok ? `watching ${r.value.path}` : r.error.message);
    if (r.ok) (setPath(''), load());
  };
  const scan = async (): Promise<void> => {
    const r = await call('folders.scan', {});
    const said = (x: DroppedFileResult): string => `${x.file.split(/[\\/]/).pop()}: ${x.outcome === 'done' ? `${x.imported} imported` : `failed (${x.error})`}`;
    setMessage(r.ok ? (r.value.length ? r.value.map(said).join('; ') : 'no new files') : r.error.message);
  };
  return (
    <div data-testid="folders-panel">
      {folders.map((f) => (
        <div key={f.id} className="folder-row" data-testid="folder-row">
          <code>{f.path}</code> <span className="chip">{f.preset}</span> {!f.enabled && <span className="chip off">disabled</span>}
        </div>
      ))}
      <form className="inline-form" onSubmit={(e) => (e.preventDefault(), void add())}>
        <input data-testid="folder-path" className="grow" placeholder="/path/to/drop-folder" value={path} onChange={(e) => setPath(e.target.value)} />
        <select data-testid="folder-preset" value={preset} onChange={(e) => setPreset(e.target.value)}>
          {presets.map((p) => <option key={p.name} value={p.name}>{p.name}</option>)}
        </select>
        <button type="submit" data-testid="folder-add" disabled={!path.trim()}>Watch folder</button>
        {folders.length > 0 && <button type="button" data-testid="folder-scan" onClick={() => void scan()}>Scan now</button>}
      </form>
      {message && <p className="muted" role="status" data-testid="folder-message">{message}</p>}
    </div>
  );
}
