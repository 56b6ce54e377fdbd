import { useEffect, useState } from 'react';
import { ALERT_RULE_FIELDS, type AlertRulesState } from '../../../../shared/domain/alertRules';
import { call } from '../../api/client';
import { formatTime } from '../../format';
import { formOf, rulesOfForm, type AlertRulesForm } from './alertRulesForm';

/** The thresholds of the alert rules: every one with its unit and range, saved for the live detector. */
export function AlertRulesEditor(props: { onClose(): void }) {
  const [state, setState] = useState<AlertRulesState | null>(null);
  const [form, setForm] = useState<AlertRulesForm | null>(null);
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const show = (s: AlertRulesState): void => (setState(s), setForm(formOf(s.rules)));
  useEffect(() => void call('alerts.rules', {}).then((r) => (r.ok ? show(r.value) : setError(r.error))), []);
  if (!form || !state) return <div className="muted">{error?.message ?? 'Loading thresholds…'}</div>;

  const save = async (): Promise<void> => {
    const r = await call('alerts.saveRules', { rules: rulesOfForm(form) });
    if (!r.ok) return void (setError(r.error), setNotice(null));
    show(r.value);
    setError(null);
    setNotice('Saved: the detector uses these thresholds from its next check.');
  };
  const badField = error?.field?.replace(/^rules\./, '');
  return (
    <form className="alert-rules" data-testid="alert-rules" onSubmit={(e) => (e.preventDefault(), void save())}>
      <div className="alert-rules-grid">
        {ALERT_RULE_FIELDS.map((f) => (
          <label key={f.key} className={badField === f.key ? 'invalid' : ''}>
            <span>{f.label}</span>
            <span className="alert-rule-input">
              <input
                data-testid={`alert-rule-${f.key}`}
                inputMode="decimal"
                value={form[f.key]}
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
        <button type="button" data-testid="alert-rules-defaults" onClick={() => setForm(formOf(state.defaults))}>Defaults</button>
        <button type="button" onClick={props.onClose}>Close</button>
        <button type="submit" className="primary" data-testid="alert-rules-save">Save thresholds</button>
      </div>
    </form>
  );
}
