import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnMapping } from '../../../../shared/domain/importMapping';
import type { ImportProgress, ImportReport } from '../../../../shared/domain/importReport';
import { call, subscribe } from '../../api/client';

/** The state of one import started from the UI. */
export interface ImportRun {
  importId: number | null;
  progress: ImportProgress | null;
  report: ImportReport | null;
  error: string | null;
  running: boolean;
  start(req: { path: string; preset?: string; mapping?: ColumnMapping; saveAs?: string }): Promise<void>;
  cancel(): Promise<void>;
}

/** Starts an import through the contract and follows its progress events until it finishes. */
export function useImportRun(): ImportRun {
  const [importId, setImportId] = useState<number | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = useRef<number | null>(null);

  useEffect(() => {
    const offs = [
      subscribe('imports.progressed', (p) => p.importId === current.current && setProgress(p)),
      subscribe('imports.finished', (r) => {
        if (r.importId !== current.current) return;
        setReport(r);
        current.current = null;
      }),
    ];
    return () => offs.forEach((off) => off());
  }, []);

  const start = useCallback(async (req: { path: string; preset?: string; mapping?: ColumnMapping; saveAs?: string }) => {
    setError(null);
    setReport(null);
    setProgress(null);
    const r = await call('imports.start', req);
    if (!r.ok) return setError(r.error.message);
    current.current = r.value.importId;
    setImportId(r.value.importId);
  }, []);

  const cancel = useCallback(async () => {
    if (current.current !== null) await call('imports.cancel', { importId: current.current });
  }, []);

  return { importId, progress, report, error, running: importId !== null && report === null && error === null, start, cancel };
}
