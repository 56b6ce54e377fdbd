import { useEffect, useState } from 'react';
import { contactMappingProblem, type ContactColumnMapping, type ContactFilePreview, type ContactPresetInfo } from '../../../../shared/domain/contactImport';
import { call } from '../../api/client';
import { FilePreviewTable } from '../../components/FilePreviewTable';
import { ImportProgressLine } from '../sources/ImportPanel';
import { QuarantinePanel } from '../sources/QuarantinePanel';
import { useImportRun } from '../sources/useImportRun';
import { guessContactMapping } from './contactMapping';
import { ContactMappingDialog } from './ContactMappingDialog';
import '../sources/sources.css';

const MAP = '__map__';

/**
 * "Import contact history": a helpdesk export on this machine, previewed; a contact preset (every
 * built-in one and the saved mappings) or a column mapping saved as a preset; progress, and the
 * rows quarantined with their line and reason. `onImported` runs when an import ends.
 */
export function ContactImportPanel(props: { onClose(): void; onImported(): void }) {
  const [path, setPath] = useState('');
  const [preview, setPreview] = useState<ContactFilePreview | null>(null);
  const [presets, setPresets] = useState<ContactPresetInfo[]>([]);
  const [choice, setChoice] = useState('');
  const [mapping, setMapping] = useState<ContactColumnMapping | null>(null);
  const [saveAs, setSaveAs] = useState('');
  const [error, setError] = useState<string | null>(null);
  const run = useImportRun();
  const { onImported } = props;
  useEffect(() => void call('contacts.presets', {}).then((r) => r.ok && setPresets(r.value)), [run.report]);
  useEffect(() => {
    if (run.report) onImported();
  }, [run.report, onImported]);

  const load = async (): Promise<void> => {
    const r = await call('contacts.preview', { path: path.trim() });
    if (!r.ok) return (setError(r.error.message), setPreview(null));
    setError(null);
    setPreview(r.value);
    setMapping(guessContactMapping(r.value.header));
    setChoice(r.value.matchingPresets[0] ?? MAP);
  };
  const problem = choice === MAP && mapping ? contactMappingProblem(mapping)?.message : null;
  const start = (): void =>
    void run.run(() => call('contacts.import', choice === MAP && mapping ? { path: path.trim(), mapping, saveAs: saveAs.trim() || undefined } : { path: path.trim(), preset: choice }));

  return (
    <div className="source-form panel import-panel" data-testid="contact-import-panel">
      <h3>Import contact history</h3>
      <label className="field">
        <span className="field-label">Helpdesk export on this machine (CSV)</span>
        <input data-testid="contact-import-path" value={path} placeholder="/path/to/tickets.csv" onChange={(e) => setPath(e.target.value)} />
      </label>
      <div className="form-actions">
        <button type="button" data-testid="contact-import-preview" disabled={!path.trim()} onClick={() => void load()}>Preview</button>
        <button type="button" onClick={props.onClose}>Close</button>
      </div>
      {error && <div className="error-banner" role="alert" data-testid="contact-import-error">{error}</div>}
      {preview && (
        <>
          <label className="field">
            <span className="field-label">Preset</span>
            <select data-testid="contact-import-preset" value={choice} onChange={(e) => setChoice(e.target.value)}>
              {presets.map((p) => (
                <option key={p.name} value={p.name} title={p.description}>
                  {p.name}{p.builtIn ? '' : ' (saved mapping)'}{preview.matchingPresets.includes(p.name) ? ' — fits this file' : ''}
                </option>
              ))}
              <option value={MAP}>Map columns…</option>
            </select>
          </label>
          {choice === MAP && mapping ? (
            <ContactMappingDialog preview={preview} mapping={mapping} saveAs={saveAs} onChange={setMapping} onSaveAs={setSaveAs} />
          ) : (
            <FilePreviewTable header={preview.header} rows={preview.rows} testId="contact-import-rows" />
          )}
          {problem && <p className="muted" data-testid="contact-mapping-problem">{problem}</p>}
          {run.error && <div className="error-banner" role="alert" data-testid="contact-import-error">{run.error}</div>}
          <button type="button" className="primary" data-testid="contact-import-start" disabled={!!problem || run.running || !choice} onClick={start}>Import</button>
        </>
      )}
      <ImportProgressLine run={run} />
      {run.report && run.report.quarantined > 0 && <QuarantinePanel importId={run.report.importId} version={run.report.finishedAt ?? 0} />}
    </div>
  );
}
