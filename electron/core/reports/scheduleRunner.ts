import { join } from 'node:path';
import type { ReportSchedule } from '../../../shared/domain/report';
import type { Core } from '../core';
import { readReportSchedule, recordReportRun } from '../repos/reportSchedule';
import { exportReport, type PdfChoice } from './export/exportReport';
import { dueReportWeek } from './scheduleDue';

/** Options of the schedule runner. */
export interface ScheduleOptions {
  /** The zone of a schedule never saved (the machine's). */
  defaultTimeZone?: string;
  /** How PDFs are printed; default: the app's printer or headless Chromium. */
  pdf?: () => PdfChoice;
  /** How often the schedule is checked (default every minute). */
  everyMs?: number;
  /** Told about every run (for logs). */
  onRun?: (run: { week: string; dir: string; error: string | null }) => void;
}

/** The machine's IANA zone. */
export const machineTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * Checks the schedule once and, when a week is due, writes its report into dir/<week>/ and records
 * the run (its week, time and error; a failed PDF counts as an error, the HTML and CSVs stay).
 * Returns the week written or tried, or null when nothing was due.
 */
export async function runDueReport(core: Core, opts: ScheduleOptions = {}): Promise<string | null> {
  const s: ReportSchedule = await readReportSchedule(core.db, opts.defaultTimeZone ?? machineTimeZone());
  const week = dueReportWeek(s, core.now());
  if (week === null) return null;
  const dir = join(s.dir, week);
  let error: string | null = null;
  try {
    const out = await exportReport(core, { week, timeZone: s.timeZone, includePii: s.includePii, dir, pdf: s.pdf }, { pdf: opts.pdf?.() });
    error = s.pdf && out.pdfError ? out.pdfError : null;
  } catch (err) {
    error = err instanceof Error ? err.message : String(err);
  }
  await recordReportRun(core.db, { week, at: core.now(), error });
  opts.onRun?.({ week, dir, error });
  return week;
}

/**
 * Starts the Monday-morning report: checks at once (catching up a Monday the app was closed on),
 * then every minute; runs never overlap. Returns stop(), which waits for a run in progress.
 */
export function startReportSchedule(core: Core, opts: ScheduleOptions = {}): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const tick = (): void => {
    if (busy) return;
    busy = true;
    running = runDueReport(core, opts)
      .catch((err: unknown) => opts.onRun?.({ week: '', dir: '', error: err instanceof Error ? err.message : String(err) }))
      .finally(() => {
        busy = false;
      });
  };
  tick();
  const timer = setInterval(tick, opts.everyMs ?? 60_000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
