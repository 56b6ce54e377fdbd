import type { Site } from '../../../../shared/domain/site';
import { shiftIsoWeek, validateIsoWeek } from '../../../../shared/time/isoWeek';
import { DraftInput } from './DraftInput';
import { datesOfWeek, weekOfDate, type ReportForm } from './reportQuery';

/** Which panel under the toolbar is open. */
export type ReportPanel = 'export' | 'freeze' | 'schedule' | null;

/** Props of the reports toolbar. */
export interface ReportToolbarProps {
  form: ReportForm;
  sites: Site[];
  panel: ReportPanel;
  onChange(form: ReportForm): void;
  onPanel(panel: ReportPanel): void;
}

function WeekPicker({ form, onChange }: Pick<ReportToolbarProps, 'form' | 'onChange'>) {
  const valid = validateIsoWeek(form.week).ok;
  const shift = (n: number): void => onChange({ ...form, week: shiftIsoWeek(form.week, n) });
  return (
    <div className="week-picker" role="group" aria-label="ISO week">
      <button type="button" data-testid="week-prev" aria-label="Previous week" disabled={!valid} onClick={() => shift(-1)}>◀</button>
      <DraftInput value={form.week} onCommit={(week) => onChange({ ...form, week: week.trim() })} label="ISO week, e.g. 2017-W44" testId="report-week" placeholder="2017-W44" size={9} />
      <button type="button" data-testid="week-next" aria-label="Next week" disabled={!valid} onClick={() => shift(1)}>▶</button>
    </div>
  );
}

function RangePicker({ form, onChange }: Pick<ReportToolbarProps, 'form' | 'onChange'>) {
  return (
    <div className="range-picker" role="group" aria-label="Date range">
      <label>From <input type="date" data-testid="range-from" value={form.fromDate} onChange={(e) => onChange({ ...form, fromDate: e.target.value })} /></label>
      <label>to <input type="date" data-testid="range-to" value={form.toDate} onChange={(e) => onChange({ ...form, toDate: e.target.value })} /></label>
    </div>
  );
}

/** Week or range, time zone, site, PII, and the export / freeze / schedule panels. */
export function ReportToolbar({ form, sites, panel, onChange, onPanel }: ReportToolbarProps) {
  const setMode = (mode: ReportForm['mode']): void => {
    if (mode === form.mode) return;
    if (mode === 'range' && validateIsoWeek(form.week).ok) onChange({ ...form, mode, ...datesOfWeek(form.week) });
    else onChange({ ...form, mode, week: weekOfDate(form.fromDate, form.timeZone) ?? form.week });
  };
  const toggle = (p: Exclude<ReportPanel, null>): void => onPanel(panel === p ? null : p);
  return (
    <div className="toolbar report-toolbar" data-testid="report-toolbar">
      <div className="segmented" role="group" aria-label="Week or range">
        {(['week', 'range'] as const).map((m) => (
          <button key={m} type="button" className={form.mode === m ? 'on' : ''} aria-pressed={form.mode === m} data-testid={`mode-${m}`} onClick={() => setMode(m)}>
            {m === 'week' ? 'Week' : 'Range'}
          </button>
        ))}
      </div>
      {form.mode === 'week' ? <WeekPicker form={form} onChange={onChange} /> : <RangePicker form={form} onChange={onChange} />}
      <label className="zone">
        Time zone <DraftInput value={form.timeZone} onCommit={(timeZone) => onChange({ ...form, timeZone: timeZone.trim() })} label="Time zone" testId="report-zone" size={16} />
      </label>
      <select aria-label="Site" data-testid="report-site" value={form.siteId ?? ''} onChange={(e) => onChange({ ...form, siteId: e.target.value ? Number(e.target.value) : null })}>
        <option value="">All sites</option>
        {sites.map((s) => (
          <option key={s.id} value={s.id}>{s.name}</option>
        ))}
      </select>
      <label className={`pii-toggle ${form.includePii ? 'on' : ''}`} title="Customer names, e-mail addresses, phone numbers and personal data in post text are masked unless this is ticked">
        <input type="checkbox" data-testid="report-pii" checked={form.includePii} onChange={(e) => onChange({ ...form, includePii: e.target.checked })} />
        Include PII
      </label>
      <span className="spacer" />
      <button type="button" data-testid="open-export" aria-expanded={panel === 'export'} onClick={() => toggle('export')}>Export…</button>
      <button type="button" data-testid="open-freeze" aria-expanded={panel === 'freeze'} onClick={() => toggle('freeze')}>{form.mode === 'week' ? 'Freeze week…' : 'Freeze range…'}</button>
      <button type="button" data-testid="open-schedule" aria-expanded={panel === 'schedule'} onClick={() => toggle('schedule')}>Schedule…</button>
    </div>
  );
}
