import { useEffect, useState } from 'react';
import type { ReportSchedule } from '../../../../shared/domain/report';
import { call } from '../../api/client';
import { formatTime } from '../../format';

type Draft = Omit<ReportSchedule, 'lastWeek' | 'lastRunAt' | 'lastError'>;

const draftOf = (s: ReportSchedule): Draft => ({ enabled: s.enabled, dir: s.dir, timeZone: s.timeZone, hour: s.hour, pdf: s.pdf, includePii: s.includePii });

/** The Monday-morning report: folder, hour, zone, PDF and PII; shows the last run and its error. */
export function SchedulePanel(props: { defaultZone: string; onClose(): void }) {
  const [saved, setSaved] = useState<ReportSchedule | null>(null);
  const [draft, setDraft] = useState<Draft>({ enabled: false, dir: '', timeZone: props.defaultZone, hour: 7, pdf: false, includePii: false });
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    void call('reports.schedule', {}).then((r) => {
      if (!r.ok) return setError(r.error.message);
      setSaved(r.value);
      // Never set up (no folder yet): offer the zone the report is read in, not the stored default.
      setDraft({ ...draftOf(r.value), timeZone: r.value.dir ? r.value.timeZone : props.defaultZone });
    });
  }, [props.defaultZone]);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]): void => {
    setDraft((d) => ({ ...d, [k]: v }));
    setNote(null);
  };
  const save = async (): Promise<void> => {
    const r = await call('reports.saveSchedule', { ...draft, dir: draft.dir.trim(), timeZone: draft.timeZone.trim() });
    if (!r.ok) return setError(r.error.message);
    setSaved(r.value);
    setError(null);
    setNote('Saved.');
  };
  return (
    <div className="report-dialog" role="dialog" aria-label="Schedule" data-testid="schedule-panel">
      <form
        className="dialog-row"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label><input type="checkbox" data-testid="schedule-enabled" checked={draft.enabled} onChange={(e) => set('enabled', e.target.checked)} /> Every Monday</label>
        <label>at <input type="number" min={0} max={23} data-testid="schedule-hour" value={draft.hour} onChange={(e) => set('hour', Number(e.target.value))} className="hour" />:00</label>
        <label>in <input type="text" data-testid="schedule-zone" value={draft.timeZone} onChange={(e) => set('timeZone', e.target.value)} size={16} spellCheck={false} /></label>
        <label className="grow">into folder <input type="text" data-testid="schedule-dir" value={draft.dir} onChange={(e) => set('dir', e.target.value)} placeholder="/srv/reports" spellCheck={false} /></label>
        <label><input type="checkbox" data-testid="schedule-pdf" checked={draft.pdf} onChange={(e) => set('pdf', e.target.checked)} /> PDF</label>
        <label><input type="checkbox" data-testid="schedule-pii" checked={draft.includePii} onChange={(e) => set('includePii', e.target.checked)} /> Include PII</label>
        <button type="submit" className="primary" data-testid="schedule-save">Save</button>
        <button type="button" onClick={props.onClose}>Close</button>
      </form>
      {error && <p className="form-error" role="alert" data-testid="schedule-error">{error}</p>}
      {note && <p className="muted" role="status">{note}</p>}
      {saved && (
        <p className="muted" data-testid="schedule-last">
          {saved.lastRunAt === null ? 'Not run yet.' : `Last run ${formatTime(saved.lastRunAt)} for ${saved.lastWeek ?? '–'}.`}
          {saved.lastError && <span className="bad" data-testid="schedule-last-error"> Last error: {saved.lastError}</span>}
        </p>
      )}
    </div>
  );
}
