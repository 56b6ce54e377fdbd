import { useState } from 'react';
import type { ReportExport, ReportRequest } from '../../../../shared/domain/report';
import { call } from '../../api/client';
import { Progress } from './Progress';
import { useProgress } from './useReport';

/** Writes the report (HTML, CSVs and optionally a PDF) into a folder and lists what it wrote. */
export function ExportDialog(props: { request: ReportRequest | null; onClose(): void }) {
  const [dir, setDir] = useState('');
  const [pdf, setPdf] = useState(false);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<ReportExport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const progress = useProgress(running);
  const run = async (): Promise<void> => {
    if (!props.request) return setError('Choose a valid week or range first.');
    if (!dir.trim()) return setError('Folder: enter the path of a folder to write the report into.');
    setRunning(true);
    setError(null);
    setResult(null);
    const r = await call('reports.export', { ...props.request, dir: dir.trim(), pdf });
    setRunning(false);
    if (r.ok) setResult(r.value);
    else setError(r.error.message);
  };
  const paths = result ? [result.html, ...(result.pdf ? [result.pdf] : []), ...result.csv] : [];
  return (
    <div className="report-dialog" role="dialog" aria-label="Export report" data-testid="export-dialog">
      <form
        className="dialog-row"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <label className="grow">Folder <input type="text" data-testid="export-dir" value={dir} onChange={(e) => setDir(e.target.value)} placeholder="/home/me/reports/2017-W44" spellCheck={false} /></label>
        <label><input type="checkbox" data-testid="export-pdf" checked={pdf} onChange={(e) => setPdf(e.target.checked)} /> PDF too</label>
        <span className="muted">{props.request?.includePii ? 'PII included' : 'PII masked'}</span>
        <button type="submit" className="primary" data-testid="export-run" disabled={running}>Export</button>
        <button type="button" onClick={props.onClose}>Close</button>
      </form>
      {running && <Progress what="Exporting" progress={progress} testId="export-progress" />}
      {error && <p className="form-error" role="alert" data-testid="export-error">{error}</p>}
      {result && (
        <div data-testid="export-result">
          <p>Wrote {paths.length} files into <code>{result.dir}</code> (snapshot <code title={result.snapshotHash}>{result.snapshotHash.slice(0, 12)}</code>):</p>
          <ul className="paths">
            {paths.map((p) => (
              <li key={p} data-testid="export-path"><code>{p}</code></li>
            ))}
          </ul>
          {result.pdfError && <p className="form-error" data-testid="export-pdf-error">No PDF: {result.pdfError}</p>}
        </div>
      )}
    </div>
  );
}
