import { useEffect, useState } from 'react';
import type { CaseSlaPolicy } from '../../../../shared/domain/case';
import type { Site } from '../../../../shared/domain/site';
import { call } from '../../api/client';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const zone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** SLA targets per site (or the default): first response and resolution, round the clock or in business hours. */
export function SlaEditor(props: { sites: Site[]; onClose: () => void }) {
  const [policies, setPolicies] = useState<CaseSlaPolicy[]>([]);
  const [siteId, setSiteId] = useState<number | null>(null);
  const [draft, setDraft] = useState<CaseSlaPolicy | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void call('cases.slaPolicies', {}).then((r) => r.ok && setPolicies(r.value)), []);
  useEffect(() => {
    const own = policies.find((p) => p.siteId === siteId) ?? policies.find((p) => p.siteId === null);
    if (own) setDraft({ ...own, siteId });
  }, [policies, siteId]);
  if (!draft) return null;
  const hours = draft.businessHours;
  const save = async (): Promise<void> => {
    const r = await call('cases.saveSlaPolicy', draft);
    if (r.ok) props.onClose();
    else setError(r.error.message);
  };
  const num = (v: string): number => Math.max(0, Math.round(Number(v) || 0));
  return (
    <div className="columns-editor" data-testid="sla-editor" role="dialog" aria-label="SLA targets">
      <h3>SLA targets</h3>
      {error && <div className="error-banner" role="alert">{error}</div>}
      <div className="column-row">
        <select aria-label="Site" data-testid="sla-site" value={siteId ?? ''} onChange={(e) => setSiteId(e.target.value ? Number(e.target.value) : null)}>
          <option value="">Default (sites without their own)</option>
          {props.sites.map((s) => <option key={s.id} value={s.id}>{s.name}{policies.some((p) => p.siteId === s.id) ? ' (own targets)' : ''}</option>)}
        </select>
        <label>First response, min <input type="number" min={0} data-testid="sla-first" value={draft.firstResponseMins} onChange={(e) => setDraft({ ...draft, firstResponseMins: num(e.target.value) })} /></label>
        <label>Resolution, min <input type="number" min={0} data-testid="sla-resolution-mins" value={draft.resolutionMins} onChange={(e) => setDraft({ ...draft, resolutionMins: num(e.target.value) })} /></label>
      </div>
      <div className="column-row">
        <label>
          <input type="checkbox" checked={hours !== null} onChange={(e) => setDraft({ ...draft, businessHours: e.target.checked ? { timeZone: zone(), days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' } : null })} /> count business hours only
        </label>
        {hours && (
          <>
            <input aria-label="Time zone" value={hours.timeZone} onChange={(e) => setDraft({ ...draft, businessHours: { ...hours, timeZone: e.target.value } })} />
            <input aria-label="Start" type="time" value={hours.start} onChange={(e) => setDraft({ ...draft, businessHours: { ...hours, start: e.target.value } })} />
            <input aria-label="End" type="time" value={hours.end} onChange={(e) => setDraft({ ...draft, businessHours: { ...hours, end: e.target.value } })} />
            {DAYS.map((d, i) => (
              <label key={d}>
                <input type="checkbox" checked={hours.days.includes(i + 1)} onChange={(e) => setDraft({ ...draft, businessHours: { ...hours, days: e.target.checked ? [...hours.days, i + 1].sort() : hours.days.filter((x) => x !== i + 1) } })} /> {d}
              </label>
            ))}
          </>
        )}
      </div>
      <div className="column-row">
        <span className="spacer" />
        <button type="button" onClick={props.onClose}>Cancel</button>
        <button type="button" className="primary" data-testid="sla-save" onClick={() => void save()}>Save targets</button>
      </div>
    </div>
  );
}
