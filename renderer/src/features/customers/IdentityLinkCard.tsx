import { useState } from 'react';
import type { IdentityLink } from '../../../../shared/domain/contact';
import { call } from '../../api/client';
import { readAgentName } from '../cases/useCaseBoard';
import './customers.css';

/**
 * One author ↔ customer link: its evidence and confidence, the other candidates that conflict
 * with it, and confirm / reject / unlink with a reason (kept in the audit log). Nothing is
 * linked until a supervisor confirms.
 */
export function IdentityLinkCard(props: { link: IdentityLink; perspective: 'customer' | 'author'; onChanged: () => void }) {
  const l = props.link;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const decide = async (decision: 'confirm' | 'reject'): Promise<void> => {
    const r = await call('customers.decideLink', { linkId: l.id, status: l.status, decision, reason, by: readAgentName() });
    if (r.ok) {
      setReason('');
      setError(null);
      props.onChanged();
    } else setError(r.error.message);
  };
  const who = props.perspective === 'customer' ? `@${l.author} on ${l.siteName}` : (l.customerName ?? `customer #${l.customerId}`);
  return (
    <div className={`identity-link ${l.status}`} data-testid="identity-link" data-status={l.status}>
      <div className="identity-head">
        <b>{who}</b>
        {l.authorLocation && <span className="muted" data-testid="identity-author-location" title="the author's profile location, from the latest post import that carried one">@{l.author} is in {l.authorLocation}</span>}
        <span className={`link-status ${l.status}`}>{l.status}</span>
        <span className="muted" title="1 − Π(1 − weight) over the kinds of evidence">{Math.round(l.confidence * 100)}% confidence</span>
      </div>
      <ul className="evidence">
        {l.evidence.map((e, i) => (
          <li key={i} className={e.against ? 'against' : undefined} data-testid={e.against ? 'evidence-against' : 'evidence'}>
            <span className="tag">{e.against ? `${e.kind} ✗` : e.kind}</span> {e.detail}{e.against ? ' — speaks against this link' : ''}
          </li>
        ))}
      </ul>
      {l.conflicts.length > 0 && (
        <ul className="conflict" data-testid="identity-conflict" role="note">
          {l.conflicts.map((c) => (
            <li key={c.linkId}>
              Conflicting: {c.author === l.author ? `@${c.author} also matches ${c.customerName ?? `customer #${c.customerId}`}` : `@${c.author} on the same site also matches ${l.customerName ?? 'this customer'}`} ({c.status}, {Math.round(c.confidence * 100)}%)
            </li>
          ))}
        </ul>
      )}
      <div className="identity-actions">
        <input aria-label="Reason" data-testid="identity-reason" placeholder="why (kept in the log)" value={reason} onChange={(e) => setReason(e.target.value)} />
        {l.status !== 'confirmed' && <button type="button" data-testid="identity-confirm" disabled={!reason.trim()} onClick={() => void decide('confirm')}>Confirm</button>}
        {l.status !== 'rejected' && (
          <button type="button" data-testid="identity-reject" disabled={!reason.trim()} onClick={() => void decide('reject')}>{l.status === 'confirmed' ? 'Unlink' : 'Reject'}</button>
        )}
      </div>
      {error && <div className="error-text" role="alert">{error}</div>}
    </div>
  );
}
