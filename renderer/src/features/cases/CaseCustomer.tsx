import { useCallback, useEffect, useState } from 'react';
import type { IdentityLink } from '../../../../shared/domain/contact';
import { call } from '../../api/client';
import { IdentityLinkCard } from '../customers/IdentityLinkCard';
import { requestOpenCustomer } from '../customers/useCustomers';

/** Who the case's author is among imported customers: links to confirm or reject, and the way to their history. */
export function CaseCustomer(props: { postId: number | null }) {
  const [links, setLinks] = useState<IdentityLink[] | null>(null);
  const load = useCallback(async (): Promise<void> => {
    if (props.postId === null) return setLinks([]);
    const r = await call('customers.links', { postId: props.postId });
    setLinks(r.ok ? r.value : []);
  }, [props.postId]);
  useEffect(() => void load(), [load]);
  if (links === null) return null;
  const open = links.filter((l) => l.status !== 'rejected');
  if (open.length === 0) return <p className="muted small" data-testid="case-customer">No customer linked to this author. Run “Find identity links” in Customers.</p>;
  return (
    <div className="case-customer" data-testid="case-customer">
      {open.map((l) => (
        <div key={l.id}>
          <IdentityLinkCard link={l} perspective="author" onChanged={() => void load()} />
          {l.status === 'confirmed' && (
            <a className="case-link" href="#/customers" data-testid="open-customer" onClick={() => requestOpenCustomer(l.customerId)}>
              Contact history of {l.customerName ?? `customer #${l.customerId}`} →
            </a>
          )}
        </div>
      ))}
    </div>
  );
}
