import { useCallback, useEffect, useState } from 'react';
import type { CustomerDetail, CustomerQuery, CustomerSummary } from '../../../../shared/domain/contact';
import { call } from '../../api/client';

/** A page of customers for the filters; `reload` after identity changes. */
export function useCustomerList(filters: CustomerQuery) {
  const [page, setPage] = useState<{ total: number; items: CustomerSummary[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = JSON.stringify(filters);
  const reload = useCallback(async (): Promise<void> => {
    const r = await call('customers.search', JSON.parse(key) as CustomerQuery);
    if (r.ok) {
      setPage(r.value);
      setError(null);
    } else setError(r.error.message);
  }, [key]);
  useEffect(() => void reload(), [reload]);
  return { page, error, reload };
}

/** One customer with links, log and timeline. */
export function useCustomerDetail(customerId: number | null) {
  const [detail, setDetail] = useState<CustomerDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async (): Promise<void> => {
    if (customerId === null) return setDetail(null);
    const r = await call('customers.get', { customerId });
    if (r.ok) {
      setDetail(r.value);
      setError(null);
    } else setError(r.error.message);
  }, [customerId]);
  useEffect(() => void reload(), [reload]);
  return { detail, error, reload };
}

const KEY = 'lp.openCustomer';

/** Asks the Customers view to open a customer when it shows next. */
export function requestOpenCustomer(customerId: number): void {
  window.sessionStorage.setItem(KEY, String(customerId));
}

/** The customer another view asked to open, once; null when none. */
export function takeOpenCustomerRequest(): number | null {
  const v = window.sessionStorage.getItem(KEY);
  window.sessionStorage.removeItem(KEY);
  const n = Number(v);
  return v !== null && Number.isInteger(n) && n > 0 ? n : null;
}
