import { useCallback, useEffect, useState } from 'react';
import type { CaseDetail } from '../../../../shared/domain/case';
import { call, subscribe } from '../../api/client';

/** One case with its log, replies and conversation, reloaded whenever it changes in any window. */
export function useCaseDetail(caseId: number | null) {
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async (): Promise<void> => {
    if (caseId === null) return setDetail(null);
    const r = await call('cases.get', { caseId });
    if (r.ok) {
      setDetail(r.value);
      setError(null);
    } else setError(r.error.message);
  }, [caseId]);

  useEffect(() => {
    setDetail(null);
    void reload();
    return subscribe('cases.changed', (e) => {
      if (e.caseId === caseId || e.caseId === null) void reload();
    });
  }, [caseId, reload]);

  return { detail, error, reload };
}
