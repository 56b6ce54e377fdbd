import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '../../../../shared/contract/result';
import type { ColumnMapping, ImportStarted } from '../../../../shared/domain/importMapping';
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
  /** Starts another kind of import (contact history) whose progress arrives as the same events. */
  run(begin: () => Promise<Result<ImportStarted>>): Promise<void>;
  cancel(): Promise<void>;
}

/** Starts an import through the contract and follows its progress events until it finishes. */
export function useImportRun(): ImportRun {
  const [importId, setImportId] = useState<number | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = useRef<number | null>(null);
  // A small file can finish before the start call answers: keep recent ends to pick ours up after.
  const ended = useRef(new Map<number, ImportReport>());

  useEffect(() => {
    const offs = [
      subscribe('imports.progressed', (p) => p.importId === current.current && setProgress(p)),
      subscribe('imports.finished', (r) => {
        ended.current.set(r.importId, r);
        if (ended.current.size > 20) ended.current.delete(ended.current.keys().next().value as number);
        if (r.importId !== current.current) return;
        setReport(r);
        current.current = null;
      }),
    ];
    return () => offs.forEach((off) => off());
  }, []);

  const run = useCallback(async (begin: () => Promise<Result<ImportStarted>>) => {
    setError(null);
    setReport(null);
    setProgress(null);
    const r = await begin();
    if (!r.ok) return setError(r.error.message);
    setImportId(r.value.importId);
    const early = ended.current.get(r.value.importId);
    if (early) setReport(early);
    else current.current = r.value.importId;
  }, []);
  const start = useCallback((req: { path: string; preset?: string; mapping?: ColumnMapping; saveAs?: string }) => run(() => call('imports.start', req)), [run]);

  const cancel = useCallback(async () => {
    if (current.current !== null) await call('imports.cancel', { importId: current.current });
  }, []);

  return { importId, progress, report, error, running: importId !== null && report === null && error === null, start, run, cancel };
}
