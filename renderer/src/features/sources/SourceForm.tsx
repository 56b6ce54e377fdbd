import { useState, type ReactNode } from 'react';
import { SITE_KINDS, SITE_POLICIES } from '../../../../shared/domain/site';
import type { SourceInput } from '../../../../shared/domain/source';
import { inputOf, type SourceDraft } from './sourceFormat';

type SaveResult = { ok: true } | { ok: false; message: string; field?: string };

function Field(props: { label: string; hint?: string; children: ReactNode }) {
  return (
    <label className="field">
      <span className="field-label">{props.label}</span>
      {props.children}
      {props.hint && <span className="field-hint muted">{props.hint}</span>}
    </label>
  );
}

/** Add or edit a site: kind, policy, rating, notes, relevance filters and company handles. */
export function SourceForm(props: { initial: SourceDraft; onSave(input: SourceInput): Promise<SaveResult>; onCancel(): void }) {
  const [d, setD] = useState(props.initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof SourceDraft>(key: K) => (value: SourceDraft[K]) => setD((old) => ({ ...old, [key]: value }));
  const text = (key: 'name' | 'urlPattern' | 'keywords' | 'brands' | 'exclude' | 'languages' | 'companyHandles', testId: string, placeholder = '') => (
    <input data-testid={testId} value={d[key]} placeholder={placeholder} onChange={(e) => set(key)(e.target.value)} />
  );

  const submit = async (): Promise<void> => {
    setBusy(true);
    const r = await props.onSave(inputOf(d));
    setBusy(false);
    if (!r.ok) setError(r.field ? `${r.field}: ${r.message}` : r.message);
  };

  return (
    <form className="source-form panel" data-testid="source-form" onSubmit={(e) => (e.preventDefault(), void submit())}>
      <h3>{d.id === undefined ? 'Add a site' : `Edit ${props.initial.name}`}</h3>
      <Field label="Name">{text('name', 'source-name-input', 'e.g. travel-forum')}</Field>
      <div className="field-row">
        <Field label="Kind">
          <select data-testid="source-kind" value={d.kind} onChange={(e) => set('kind')(e.target.value as SourceDraft['kind'])}>
            {SITE_KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
          </select>
        </Field>
        <Field label="Policy">
          <select data-testid="source-policy" value={d.policy} onChange={(e) => set('policy')(e.target.value as SourceDraft['policy'])}>
            {SITE_POLICIES.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </Field>
        <Field label="Rating">
          <select data-testid="source-rating" value={d.rating} onChange={(e) => set('rating')(e.target.value)}>
            <option value="">unrated</option>
            {[1, 2, 3, 4, 5].map((n) => <option key={n} value={String(n)}>{n}</option>)}
          </select>
        </Field>
      </div>
      <Field label="URL pattern">{text('urlPattern', 'source-url', 'https://forum.example.com/*')}</Field>
      <Field label="Keywords" hint="Comma-separated. Posts mentioning none of the keywords or brand names are hidden.">{text('keywords', 'source-keywords', 'refund, delay, lost bag')}</Field>
      <Field label="Brand names">{text('brands', 'source-brands', 'Acme, @AcmeHelp')}</Field>
      <Field label="Exclude terms" hint="Posts mentioning any of these are hidden.">{text('exclude', 'source-exclude', 'giveaway, crypto')}</Field>
      <Field label="Languages" hint="Language codes such as en, fr; empty keeps every language.">{text('languages', 'source-languages', 'en')}</Field>
      <Field label="Company accounts" hint="Our own handles on this site: their posts count as our replies.">{text('companyHandles', 'source-company', 'AcmeHelp')}</Field>
      <Field label="Notes">
        <textarea data-testid="source-notes" rows={3} value={d.notes} onChange={(e) => set('notes')(e.target.value)} />
      </Field>
      <label className="check">
        <input type="checkbox" data-testid="source-enabled" checked={d.enabled} onChange={(e) => set('enabled')(e.target.checked)} /> Enabled
      </label>
      {error && <div className="error-banner" role="alert" data-testid="source-error">{error}</div>}
      <div className="form-actions">
        <button type="submit" className="primary" data-testid="source-save" disabled={busy}>{busy ? 'Saving…' : 'Save'}</button>
        <button type="button" onClick={props.onCancel}>Cancel</button>
      </div>
    </form>
  );
}
