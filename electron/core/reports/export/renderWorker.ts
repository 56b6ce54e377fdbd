import { parentPort, workerData } from 'node:worker_threads';
import type { ReportProgress, WeeklyReport } from '../../../../shared/domain/report';
import { renderReportCsvs } from './csvTables';
import { renderReportHtml } from './renderReportHtml';

/** What the render worker posts: progress, then the rendered files or an error. */
export type RenderWorkerMessage =
  | { type: 'progress'; progress: ReportProgress }
  | { type: 'done'; html: string; csvs: { name: string; content: string }[] }
  | { type: 'error'; message: string };

/** The worker's job (see ./renderInWorker.ts): the HTML page and every CSV of one report. */
export function renderReportJob(report: WeeklyReport, post: (m: RenderWorkerMessage) => void): void {
  const html = renderReportHtml(report, (done, total) => post({ type: 'progress', progress: { step: 'html', done, total } }));
  post({ type: 'done', html, csvs: renderReportCsvs(report) });
}

if (parentPort && (workerData as { reportRenderWorker?: boolean } | null)?.reportRenderWorker) {
  const port = parentPort;
  try {
    renderReportJob((workerData as { report: WeeklyReport }).report, (m) => port.postMessage(m));
  } catch (error) {
    port.postMessage({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}
