import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppFailure } from '../../../../shared/contract/result';
import type { ReportExport, ReportProgress, WeeklyReport } from '../../../../shared/domain/report';
import { renderInWorker } from './renderInWorker';

/** Prints report.html to report.pdf; rejects with a one-sentence reason. Headless Chromium in the CLI, printToPDF in Electron. */
export type PrintPdf = (htmlPath: string, pdfPath: string) => Promise<void>;

/** Options of {@link writeReportFiles}. */
export interface WriteReportOptions {
  /** Print a PDF with this; without it no PDF is attempted. */
  printPdf?: PrintPdf | null;
  /** Asked for a PDF but there is no way to print one: the reason, reported as pdfError. */
  pdfUnavailable?: string;
  onProgress?: (p: ReportProgress) => void;
}

/** Creates `dir` (and its parents); refuses a path that exists and is not a folder. */
export async function ensureReportDir(dir: string): Promise<void> {
  const found = await stat(dir).catch(() => null);
  if (found && !found.isDirectory()) throw new AppFailure('invalid-request', `${dir} exists and is not a folder; choose a folder for the report.`, 'dir');
  await mkdir(dir, { recursive: true });
}

/**
 * Writes report.html, one CSV per table (rendered on a worker thread) and, when a printer is
 * given, report.pdf into `dir`.
 * A failed PDF does not fail the export: the HTML and CSVs stay, and pdfError says why.
 */
export async function writeReportFiles(report: WeeklyReport, dir: string, opts: WriteReportOptions = {}): Promise<ReportExport> {
  await ensureReportDir(dir);
  const progress = (step: string, done: number, total: number): void => opts.onProgress?.({ step, done, total });
  const rendered = await renderInWorker(report, opts.onProgress);
  const html = join(dir, 'report.html');
  await writeFile(html, rendered.html);
  const files = rendered.csvs;
  const csv: string[] = [];
  for (const [i, f] of files.entries()) {
    const path = join(dir, f.name);
    await writeFile(path, f.content);
    csv.push(path);
    progress('csv', i + 1, files.length);
  }
  let pdf: string | null = null;
  let pdfError: string | null = opts.pdfUnavailable ?? null;
  if (opts.printPdf) {
    progress('pdf', 0, 1);
    const path = join(dir, 'report.pdf');
    try {
      await opts.printPdf(html, path);
      pdf = path;
    } catch (err) {
      pdfError = err instanceof Error ? err.message : String(err);
    }
    progress('pdf', 1, 1);
  }
  return { dir, html, pdf, pdfError, csv, snapshotHash: report.provenance.snapshotHash };
}
