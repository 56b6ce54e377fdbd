import type { WeeklyReport } from '../../../../shared/domain/report';
import { escapeHtml } from './escapeHtml';
import { formatLocalTime } from './format';

const row = (term: string, value: string): string => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`;

/** The report's title and where it came from: range, time zone, snapshot hash, model and rule versions, PII. */
export function reportHeader(r: WeeklyReport): string {
  const { range, provenance: p } = r;
  const tz = range.timeZone;
  const rules = Object.keys(p.ruleVersions).sort().map((k) => `${k} ${p.ruleVersions[k]}`).join(', ');
  const pii = p.piiIncluded
    ? '<span class="pii included" data-pii="included">PII included</span>'
    : '<span class="pii masked" data-pii="masked">PII masked</span>';
  return `<header>
<h1>Weekly review ${escapeHtml(range.label)}${r.siteFilter === null ? '' : ` — ${escapeHtml(r.siteFilter)}`}</h1>
<dl class="provenance">
${row('Range', `${formatLocalTime(range.from, tz)} to ${formatLocalTime(range.to, tz)}, ${tz}`)}
${row('Compared with', `${range.previousLabel} (${formatLocalTime(range.previousFrom, tz)} to ${formatLocalTime(range.previousTo, tz)})`)}
${row('Sites', r.siteFilter ?? 'all sites')}
${row('Snapshot', `${p.snapshotHash}${p.fromSnapshot ? ' (frozen snapshot file)' : ''}`)}
${row('Database', `${p.dbName}, schema ${p.schemaVersion}, app ${p.appVersion}`)}
${row('Sentiment models', p.modelVersions.length ? p.modelVersions.join(', ') : 'none (no scored posts)')}
${row('Rules', rules || 'none')}
<dt>Personal data</dt><dd>${pii}</dd>
</dl>
</header>`;
}

/** The closing line: when it was generated (never part of the compared numbers). */
export function reportFooter(r: WeeklyReport): string {
  const p = r.provenance;
  return `<footer>Generated ${escapeHtml(formatLocalTime(p.generatedAt, r.range.timeZone))} (${escapeHtml(r.range.timeZone)}) by Listening Post ${escapeHtml(p.appVersion)}. Regenerating from snapshot ${escapeHtml(p.snapshotHash.slice(0, 12))} gives the same figures.</footer>`;
}
