import { useEffect, useState } from 'react';
import type { ColumnMapping, FilePreview, PresetInfo } from '../../../../shared/domain/importMapping';
import { call } from '../../api/client';
import { formatCount } from '../../format';
import { guessMapping, mappingProblem, progressFigures } from './importFormat';
import { MappingDialog } from './MappingDialog';
import { useImportRun } from './useImportRun';

const MAP = '__map__';

/** An import's progress bar with rows/s, ETA and Cancel while it runs, then its result line. */
export function ImportProgressLine(props: { run: ReturnType<typeof useImportRun> }) {
  const { progress, report, running } = props.run;
  const f = progress ? progressFigures(progress) : null;
  if (report) {
    return (
      <p role="status" data-testid="import-result">
        Import {report.status}: {formatCount(report.imported)} imported, {formatCount(report.duplicates)} duplicates, {formatCount(report.quarantined)} quarantined
      </p>
    );
  }
  if (!running) return null;
  return (
    <div className="import-progress" data-testid="import-progress">
      <progress max={1} value={f?.share ?? 0} />
      <span className="muted">
        {formatCount(progress?.rowsRead ?? 0)} rows{f ? `, ${formatCount(f.rowsPerSecond)} rows/s` : ''}{f?.etaSeconds != null ? `, about ${f.etaSeconds} s left` : ''}
      </span>
      <button type="button" data-testid="import-cancel" onClick={() => void props.run.cancel()}>Cancel</button>
    </div>
  );
}

/** Import a file on this machine: preview it, pick a preset or map its columns, follow the progress. */
export function ImportPanel(props: { onClose(): void }) {
  const [path, setPath] = useState('');
  const [preview, setPreview] = useState<FilePreview | null>(null);
  const [presets, setPresets] = useState<PresetInfo[]>([]);
  const [choice, setChoice] = useState('generic');
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [saveAs, setSaveAs] = useState('');
  const [error, setError] = useState<string | null>(null);
  const run = useImportRun();
  useEffect(() => void call('imports.presets', {}).then((r) => r.ok && setPresets(r.value)), [run.report]);

  const load = async (): Promise<void> => {
    const r = await call('imports.preview', { path: path.trim() });
    if (!r.ok) return (setError(r.error.message), setPreview(null));
    setError(null);
    setPreview(r.value);
    setMapping(guessMapping(r.value.header));
    setChoice(r.value.matchingPresets[0] ?? (r.value.format === 'csv' ? MAP : 'jsonl'));
  };
  const problem = choice === MAP && mapping ? mappingProblem(mapping) : null;
  const start = (): void => void run.start(choice === MAP && mapping ? { path: path.trim(), mapping, saveAs: saveAs.trim() || undefined } : { path: path.trim(), preset: choice });

  return (
    <div className="source-form panel import-panel" data-testid="import-panel">
      <h3>Import a file</h3>
      <label className="field">
        <span className="field-label">File on this machine (CSV or JSON Lines)</span>
        <input data-testid="import-path" value={path} placeholder="/path/to/export.csv" onChange={(e) => setPath(e.target.value)} />
      </label>
      <div className="form-actions">
        <button type="button" data-testid="import-preview" disabled={!path.trim()} onClick={() => void load()}>Preview</button>
        <button type="button" onClick={props.onClose}>Close</button>
      </div>
      {error && <div className="error-banner" role="alert" data-testid="import-error">{error}</div>}
      {preview && (
        <>
          <label className="field">
            <span className="field-label">Preset</span>
            <select data-testid="import-preset" value={choice} onChange={(e) => setChoice(e.target.value)}>
              {presets.filter((p) => p.format === preview.format).map((p) => (
                <option key={p.name} value={p.name}>{p.name}{preview.matchingPresets.includes(p.name) ? ' (fits this file)' : ''}</option>
              ))}
              {preview.format === 'csv' && <option value={MAP}>Map columns…</option>}
            </select>
          </label>
          {choice === MAP && mapping && <MappingDialog preview={preview} mapping={mapping} saveAs={saveAs} onChange={setMapping} onSaveAs={setSaveAs} />}
          {problem && <p className="muted" data-testid="mapping-problem">{problem}</p>}
          {run.error && <div className="error-banner" role="alert" data-testid="import-error">{run.error}</div>}
          <button type="button" className="primary" data-testid="import-start" disabled={!!problem || run.running} onClick={start}>Import</button>
        </>
      )}
      <ImportProgressLine run={run} />
    </div>
  );
}
