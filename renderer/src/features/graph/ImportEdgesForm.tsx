import { useState } from 'react';
import { EDGE_FORMATS, type EdgeFormat, type GraphKind } from '../../../../shared/domain/reach';
import { call } from '../../api/client';
import { formatCount } from '../../format';

/**
 * Imports an edge file from this machine (a path, as the app reads local files) and computes the
 * site's metrics. Malformed lines are reported with their numbers; the rest is imported.
 */
export function ImportEdgesForm(props: { onDone(): void; onClose(): void }) {
  const [path, setPath] = useState('');
  const [format, setFormat] = useState<EdgeFormat | ''>('');
  const [kind, setKind] = useState<GraphKind | ''>('');
  const [site, setSite] = useState('twitter');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);

  const submit = async (): Promise<void> => {
    setBusy(true);
    setResult(null);
    const r = await call('reach.import', { path, site, format: format || undefined, kind: kind || undefined });
    if (!r.ok) {
      setBusy(false);
      return setResult(r.error.message);
    }
    const v = r.value;
    const bad = v.bad.slice(0, 5).map((b) => `line ${b.line}: ${b.reason}`).join('; ');
    setResult(`${formatCount(v.edges)} ${v.kind} edges stored, ${formatCount(v.duplicates)} duplicates, ${formatCount(v.selfLoops)} self-loops, ${formatCount(v.stubAuthors)} new accounts${v.badLines ? `; ${formatCount(v.badLines)} malformed lines skipped (${bad})` : ''}. Computing…`);
    const c = await call('reach.compute', { siteId: v.siteId });
    setBusy(false);
    setResult((t) => `${t?.replace(/ Computing…$/, '')} ${c.ok ? 'Metrics computed.' : c.error.message}`);
    props.onDone();
  };

  return (
    <form className="import-edges" data-testid="import-edges" onSubmit={(e) => (e.preventDefault(), void submit())}>
      <input className="search" required placeholder="/path/to/follows.txt (.gz ok)" aria-label="Edge file path" value={path} onChange={(e) => setPath(e.target.value)} />
      <select aria-label="Format" value={format} onChange={(e) => setFormat(e.target.value as EdgeFormat | '')}>
        <option value="">format from the name</option>
        {EDGE_FORMATS.map((f) => (
          <option key={f} value={f}>{f}</option>
        ))}
      </select>
      <select aria-label="Edges are" value={kind} onChange={(e) => setKind(e.target.value as GraphKind | '')}>
        <option value="">follows (weighted: interactions)</option>
        <option value="follow">follows</option>
        <option value="interaction">interactions</option>
      </select>
      <input aria-label="Site" className="site-input" value={site} onChange={(e) => setSite(e.target.value)} />
      <button type="submit" className="primary" disabled={busy || !path}>{busy ? 'Importing…' : 'Import'}</button>
      <button type="button" onClick={props.onClose}>Close</button>
      {result && <p className="muted import-result" role="status">{result}</p>}
    </form>
  );
}
