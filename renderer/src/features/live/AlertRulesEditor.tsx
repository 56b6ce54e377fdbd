import { useEffect, useRef, useState } from 'react';
import { ALERT_RULE_FIELDS, SITE_ALERT_FIELDS, type AlertRulesState } from '../../../../shared/domain/alertRules';
import type { Site } from '../../../../shared/domain/site';
import { call } from '../../api/client';
import { formatTime } from '../../format';
import { formOf, rulesOfForm, type AlertRulesForm } from './alertRulesForm';

const siteField = (key: string): boolean => (SITE_ALERT_FIELDS as readonly string[]).includes(key);

/** The thresholds of the alert rules for all sites or one site's own: every one with its unit and range, saved for the live detector. */
export function AlertRulesEditor(props: { onClose(): void }) {
  const [sites, setSites] = useState<Site[]>([]);
  const [siteId, setSiteId] = useState<number | undefined>(undefined);
  const [state, setState] = useState<AlertRulesState | null>(null);
  const [form, setForm] = useState<AlertRulesForm | null>(null);
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const show = (s: AlertRulesState): void => (setState(s), setForm(formOf(s.rules)));
  useEffect(() => void call('sites.list', {}).then((r) => r.ok && setSites(r.value)), []);
  // Only the newest answer counts: a load still in flight when the user saves (or picks another
  // site) must not put the older thresholds back over the saved ones.
  const latest = useRef(0);
  useEffect(() => {
    const mine = ++latest.current;
    void call('alerts.rules', { siteId }).then((r) => mine === latest.current && (r.ok ? (show(r.value), setError(null)) : setError(r.error)));
  }, [siteId]);
  if (!form || !state) return <div className="muted">{error?.message ?? 'Loading thresholds…'}</div>;

  const save = async (reset = false): Promise<void> => {
    const mine = ++latest.current;
    const r = await call('alerts.saveRules', { rules: reset ? null : rulesOfForm(form), siteId });
    if (mine !== latest.current) return;
    if (!r.ok) return void (setError(r.error), setNotice(null));
    show(r.value);
    setError(null);
    setNotice('Saved: the detector uses these thresholds from its next check.');
  };
  const badField = error?.field?.replace(/^rules\./, '');
  return (
    <form className="alert-rules" data-testid="alert-rules" onSubmit={(e) => (e.preventDefault(), void save())}>
      <label className="alert-rules-site">
        <span>Thresholds for </span>
        <select data-testid="alert-rules-site" value={siteId ?? ''} onChange={(e) => (setSiteId(e.target.value ? Number(e.target.value) : undefined), setNotice(null))}>
          <option value="">All sites</option>
          {sites.map((s) => <option key={s.id} value={s.id}>{s.name}{state.overrides.includes(s.id) ? ' (own thresholds)' : ''}</option>)}
        </select>
        {siteId !== undefined && <span className="muted"> Windows are the same for every site (the detector measures all sites at once).</span>}
      </label>
      <div className="alert-rules-grid">
        {ALERT_RULE_FIELDS.map((f) => (
          <label key={f.key} className={badField === f.key ? 'invalid' : ''}>
            <span>{f.label}{state.overridden.includes(f.key as never) ? ' (site)' : ''}</span>
            <span className="alert-rule-input">
              <input
                data-testid={`alert-rule-${f.key}`}
                inputMode="decimal"
                value={form[f.key]}
                disabled={siteId !== undefined && !siteField(f.key)}
                aria-describedby={`range-${f.key}`}
                onChange={(e) => (setForm({ ...form, [f.key]: e.target.value }), setNotice(null))}
              />
              <span className="muted" id={`range-${f.key}`}>{f.unit} ({f.min}–{f.max.toLocaleString('en-US')})</span>
            </span>
          </label>
        ))}
      </div>
      {error && <div className="error-text" role="alert" data-testid="alert-rules-error">{error.message}</div>}
      {notice && <div className="muted" role="status" data-testid="alert-rules-notice">{notice}</div>}
      <div className="alert-rules-actions">
        <span className="muted">{state.updatedAt ? `Saved ${formatTime(state.updatedAt)}${state.updatedBy ? ` by ${state.updatedBy}` : ''}` : 'Defaults (never saved)'}</span>
        <span className="spacer" />
        <button type="button" data-testid="alert-rules-defaults" onClick={() => setForm(formOf(state.defaults))}>{siteId === undefined ? 'Defaults' : 'As all sites'}</button>
        {siteId !== undefined && state.overrides.includes(siteId) && <button type="button" data-testid="alert-rules-site-reset" onClick={() => void save(true)}>Drop site's own</button>}
        <button type="button" onClick={props.onClose}>Close</button>
        <button type="submit" className="primary" data-testid="alert-rules-save">Save thresholds</button>
      </div>
    </form>
  );
}
