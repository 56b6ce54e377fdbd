import { isAbsolute } from 'node:path';
import { AppFailure } from '../../../../shared/contract/result';
import type { ReportExport, ReportProgress, ReportRequest } from '../../../../shared/domain/report';
import type { Core } from '../../core';
import { computeReport } from '../computeReport';
import { findChromium, printPdfWithChromium } from './chromiumPdf';
import { ensureReportDir, writeReportFiles, type PrintPdf } from './writeReportFiles';

/** How PDFs get printed in this process: a printer, or the one-sentence reason there is none. */
export interface PdfChoice {
  printPdf: PrintPdf | null;
  unavailable?: string;
}

let appPrinter: PrintPdf | null = null;

/** Electron main installs its printToPDF printer here; the CLI and `serve` use headless Chromium. */
export function usePdfPrinter(printer: PrintPdf | null): void {
  appPrinter = printer;
}

/** The app's printer when one is installed, else headless Chromium when found, else the reason. */
export function choosePdfPrinter(env: NodeJS.ProcessEnv = process.env): PdfChoice {
  if (appPrinter) return { printPdf: appPrinter };
  const chromium = findChromium(env);
  if (!chromium) return { printPdf: null, unavailable: 'No PDF was written because no Chromium was found (install chromium or set CHROMIUM_PATH).' };
  return { printPdf: (html, pdf) => printPdfWithChromium(html, pdf, { chromium }) };
}

/** Options of {@link exportReport}. */
export interface ExportOptions {
  /** Default {@link choosePdfPrinter}. */
  pdf?: PdfChoice;
  onProgress?: (p: ReportProgress) => void;
}

/**
 * Computes the report and writes report.html, the CSVs and (when `req.pdf`) report.pdf into
 * `req.dir`, which is created; a path that is a file is refused before any work. Progress goes to
 * `reports.progressed` events (report steps, then html, csv, pdf).
 */
export async function exportReport(core: Core, req: ReportRequest & { dir: string; pdf?: boolean }, opts: ExportOptions = {}): Promise<ReportExport> {
  if (!isAbsolute(req.dir)) throw new AppFailure('invalid-request', `dir must be an absolute folder path, got "${req.dir}"`, 'dir');
  await ensureReportDir(req.dir);
  const progress = (p: ReportProgress): void => {
    core.events.emit('reports.progressed', p);
    opts.onProgress?.(p);
  };
  const { dir, pdf, ...request } = req;
  const report = await computeReport(core, request, progress);
  const choice = pdf ? (opts.pdf ?? choosePdfPrinter()) : { printPdf: null };
  return writeReportFiles(report, dir, { printPdf: choice.printPdf, pdfUnavailable: choice.unavailable, onProgress: progress });
}
