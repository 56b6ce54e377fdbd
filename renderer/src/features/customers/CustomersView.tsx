import { useCallback, useEffect, useState } from 'react';
import type { ProposeReport } from '../../../../shared/domain/contact';
import { call } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { formatCount, formatTime } from '../../format';
import { ContactImportPanel } from './ContactImportPanel';
import { CustomerPanel } from './CustomerPanel';
import { takeOpenCustomerRequest, useCustomerList } from './useCustomers';
import './customers.css';

/** The Customers view: imported customers, identity links to social authors, and one timeline per customer. */
export function CustomersView() {
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  const [linked, setLinked] = useState<'proposed' | 'confirmed' | undefined>();
  const [selected, setSelected] = useState<number | null>(takeOpenCustomerRequest);
  const [report, setReport] = useState<ProposeReport | string | null>(null);
  const [importing, setImporting] = useState(false);
  const { page, error, reload } = useCustomerList({ query: query || undefined, linked, limit: 200 });
  const onImported = useCallback(() => void reload(), [reload]);

  useEffect(() => {
    const t = setTimeout(() => setQuery(input), 200);
    return () => clearTimeout(t);
  }, [input]);

  const propose = async (): Promise<void> => {
    setReport('Looking for evidence…');
    const r = await call('customers.proposeLinks', {});
    setReport(r.ok ? r.value : r.error.message);
    void reload();
  };

  return (
    <section className="view customers-view" data-testid="customers-view">
      <div className="toolbar">
        <h2 className="view-title">Customers</h2>
        <input type="search" className="search" placeholder="Search name, e-mail, handle…" aria-label="Search customers" data-testid="customer-search" value={input} onChange={(e) => setInput(e.target.value)} />
        <select aria-label="Identity links" data-testid="customer-linked-filter" value={linked ?? ''} onChange={(e) => setLinked((e.target.value || undefined) as typeof linked)}>
          <option value="">All customers</option>
          <option value="proposed">With proposed links</option>
          <option value="confirmed">With confirmed links</option>
        </select>
        <span className="muted" data-testid="customer-total">{page ? `${formatCount(page.total)} customer${page.total === 1 ? '' : 's'}` : '…'}</span>
        <span className="spacer" />
        {report && (
          <span className="muted" data-testid="propose-report">
            {typeof report === 'string' ? report : `${formatCount(report.scannedPosts)} posts read: ${report.candidates} candidates, ${report.added} new proposals`}
          </span>
        )}
        <button type="button" data-testid="open-contact-import" aria-expanded={importing} onClick={() => setImporting(!importing)}>Import contact history</button>
        <button type="button" className="primary" data-testid="propose-links" onClick={() => void propose()}>Find identity links</button>
      </div>
      {error && <div className="error-banner" role="alert">{error}</div>}
      {importing && (
        <div className="contact-import-wrap">
          <ContactImportPanel onClose={() => setImporting(false)} onImported={onImported} />
        </div>
      )}
      {page && page.total === 0 && !query && !linked ? (
        <EmptyState title="No customers yet">
          <p>Use “Import contact history” above, or the CLI: npm run --silent cli -- import-contacts --preset NAME FILE.csv</p>
        </EmptyState>
      ) : (
        <div className="customers-body">
          <ol className="customer-list" data-testid="customer-list">
            {page?.items.map((c) => (
              <li key={c.id}>
                <button type="button" className={`customer-row${c.id === selected ? ' selected' : ''}`} data-testid="customer-row" onClick={() => setSelected(c.id)}>
                  <span className="customer-name">{c.name ?? c.externalKey}</span>
                  {c.linkedAuthors > 0 && <span className="link-status confirmed">{c.linkedAuthors} linked</span>}
                  {c.proposedLinks > 0 && <span className="link-status proposed">{c.proposedLinks} proposed</span>}
                  <span className="muted small">{c.contacts} contact{c.contacts === 1 ? '' : 's'}{c.lastContactAt !== null && ` · last ${formatTime(c.lastContactAt)}`}</span>
                </button>
              </li>
            ))}
          </ol>
          <div className="customer-detail">
            {selected === null ? <p className="muted pad">Pick a customer to see their timeline and social identities.</p> : <CustomerPanel key={selected} customerId={selected} onChanged={() => void reload()} />}
          </div>
        </div>
      )}
    </section>
  );
}
