import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { formatTime } from '../../format';
import { CustomerTimeline } from './CustomerTimeline';
import { IdentityLinkCard } from './IdentityLinkCard';
import { IdentityLog } from './IdentityLog';
import { useCustomerDetail } from './useCustomers';

const VERDICT_WORDS: Record<string, string> = {
  'persistently-unhappy': 'persistently unhappy',
  'angry-once': 'angry once',
  recovered: 'recovered',
  content: 'content',
  unknown: 'no scored posts',
};

/** Handles on the customer's record, editable (they are evidence for identity links). */
function HandlesEditor(props: { customerId: number; handles: string[]; onSaved: () => void }) {
  const [text, setText] = useState(props.handles.join(' '));
  useEffect(() => setText(props.handles.join(' ')), [props.handles]);
  const save = async (): Promise<void> => {
    const r = await call('customers.saveHandles', { customerId: props.customerId, handles: text.split(/[\s,]+/).filter(Boolean) });
    if (r.ok) props.onSaved();
  };
  return (
    <div className="handles-editor">
      <input aria-label="Handles on record" data-testid="customer-handles" value={text} placeholder="@handle or site:@handle" onChange={(e) => setText(e.target.value)} />
      <button type="button" onClick={() => void save()} disabled={text === props.handles.join(' ')}>Save handles</button>
    </div>
  );
}

/** One customer: identity links with evidence, the audit log, verdict, open cases, incidents and the timeline. */
export function CustomerPanel(props: { customerId: number; onChanged: () => void }) {
  const { detail, error, reload } = useCustomerDetail(props.customerId);
  if (error) return <div className="error-banner" role="alert">{error}</div>;
  if (!detail) return <div className="muted customer-panel">Loading…</div>;
  const c = detail.customer;
  const changed = (): void => {
    void reload();
    props.onChanged();
  };
  const authorOf = (linkId: number): string => {
    const l = detail.links.find((x) => x.id === linkId);
    return l ? `@${l.author} ↔ ${c.name ?? 'customer'}` : `link #${linkId}`;
  };
  const p = detail.persistence;
  return (
    <section className="customer-panel" data-testid="customer-panel">
      <header className="customer-head">
        <h3>{c.name ?? c.externalKey}</h3>
        <span className={`verdict ${p.verdict}`} data-testid="customer-verdict" title={p.rule}>{VERDICT_WORDS[p.verdict]}</span>
      </header>
      <div className="muted small" data-testid="customer-facts">{[c.email, c.phone, c.location && `in ${c.location}`, `${c.source}: ${c.externalKey}`].filter(Boolean).join(' · ')}</div>
      <HandlesEditor customerId={c.id} handles={c.handles} onSaved={changed} />
      <h4 className="section-title">Social identities</h4>
      {detail.links.length === 0 && <p className="muted">No proposals. Add a handle on record, or run “Find identity links”.</p>}
      {detail.links.map((l) => <IdentityLinkCard key={l.id} link={l} perspective="customer" onChanged={changed} />)}
      <h4 className="section-title">Identity log</h4>
      <IdentityLog entries={detail.log} authorOf={authorOf} onChanged={changed} />
      {(detail.openCases.length > 0 || detail.incidents.length > 0) && <h4 className="section-title">Open cases and incidents</h4>}
      <ul className="plain">
        {detail.openCases.map((k) => <li key={`k${k.id}`}>Case #{k.id} ({k.columnName}): {k.title}</li>)}
        {detail.incidents.map((i) => (
          <li key={i.id} data-testid="customer-incident">{i.id} — {i.status} — {i.title}{i.openedAt !== null && ` · opened ${formatTime(i.openedAt)}`}</li>
        ))}
      </ul>
      <h4 className="section-title">Timeline</h4>
      <CustomerTimeline items={detail.timeline} />
    </section>
  );
}
