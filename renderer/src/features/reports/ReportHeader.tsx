import type { WeeklyReport } from '../../../../shared/domain/report';
import { formatInZone, shortHash } from './reportFormat';

/** What the report covers and where its numbers came from (enough to regenerate it). */
export function ReportHeader(props: { report: WeeklyReport; readOnly: boolean }) {
  const { range, provenance: p, siteFilter } = props.report;
  const span = (from: number, to: number): string => `${formatInZone(from, range.timeZone, false)} – ${formatInZone(to - 1, range.timeZone, false)}`;
  const rules = Object.entries(p.ruleVersions).sort(([a], [b]) => a.localeCompare(b));
  return (
    <header className="report-header" data-testid="report-header">
      <div className="report-title">
        <h1 data-testid="report-range">{range.label}</h1>
        <span>{span(range.from, range.to)}</span>
        <span className="muted" data-testid="report-previous">compared with {range.previousLabel} ({span(range.previousFrom, range.previousTo)})</span>
        {siteFilter && <span className="chip on" data-testid="report-site-filter">site: {siteFilter}</span>}
        {p.piiIncluded ? (
          <span className="badge pii-included" data-testid="pii-badge">PII included</span>
        ) : (
          <span className="badge pii-masked" data-testid="pii-badge">PII masked</span>
        )}
        {(p.fromSnapshot || props.readOnly) && <span className="badge snapshot" data-testid="snapshot-badge">from snapshot (read-only)</span>}
      </div>
      <dl className="provenance">
        <div><dt>Time zone</dt><dd data-testid="report-header-zone">{range.timeZone}</dd></div>
        <div><dt>Snapshot</dt><dd><code title={p.snapshotHash} data-testid="report-hash">{shortHash(p.snapshotHash)}</code></dd></div>
        <div><dt>Models</dt><dd data-testid="report-models">{p.modelVersions.length ? p.modelVersions.join(', ') : 'none scored'}</dd></div>
        <div><dt>Rules</dt><dd data-testid="report-rules">{rules.map(([k, v]) => `${k} ${v}`).join(' · ') || '–'}</dd></div>
        <div><dt>Database</dt><dd>{p.dbName} · schema {p.schemaVersion} · app {p.appVersion}</dd></div>
        <div><dt>Generated</dt><dd>{formatInZone(p.generatedAt, range.timeZone)}</dd></div>
      </dl>
    </header>
  );
}
