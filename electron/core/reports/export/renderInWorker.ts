import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReportProgress, WeeklyReport } from '../../../../shared/domain/report';
import type { RenderWorkerMessage } from './renderWorker';

/** The report's files as rendered: the HTML page and the CSVs by name. */
export interface RenderedReport {
  html: string;
  csvs: { name: string; content: string }[];
}

// As in electron/core/graph/startReachWorker.ts: eval'd CommonJS that registers the TS loader only
// when running from sources, then imports the entry module.
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
if (workerData.loader) require('node:module').register(workerData.loader);
import(workerData.entry).catch((error) => require('node:worker_threads').parentPort.postMessage({ type: 'error', message: String(error && error.stack || error) }));
`;

/**
 * Where the render worker's entry is: renderWorker.ts with the TS loader from sources (vitest,
 * dev), `reportRenderWorker.js` beside the built chunk or one folder up from a build (the CLI and
 * Electron builds list electron/core/reports/export/renderWorker.ts as that entry).
 */
export function resolveRenderWorkerEntry(): { entry: string; loader: string | null } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return { entry: new URL('./' + 'renderWorker.ts', here).href, loader: new URL('../../graph/' + 'tsSourceLoader.mjs', here).href };
  const candidates = ['./reportRenderWorker.js', '../reportRenderWorker.js'].map((p) => new URL(p, here));
  const found = candidates.find((u) => existsSync(fileURLToPath(u)));
  if (!found) throw new Error(`report render worker entry not found (looked for ${candidates.map((u) => fileURLToPath(u)).join(', ')})`);
  return { entry: found.href, loader: null };
}

/**
 * Renders the HTML (ECharts SVG charts included) and the CSVs on a worker thread, so the thread
 * that answers IPC and HTTP is not blocked for the half second a large report takes.
 */
export function renderInWorker(report: WeeklyReport, onProgress?: (p: ReportProgress) => void): Promise<RenderedReport> {
  const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { report, reportRenderWorker: true, ...resolveRenderWorkerEntry() } });
  return new Promise<RenderedReport>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | null, value?: RenderedReport): void => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if (value) resolve(value);
      else reject(error);
    };
    worker.on('message', (m: RenderWorkerMessage) => {
      if (m.type === 'progress') onProgress?.(m.progress);
      else if (m.type === 'error') finish(new Error(`report rendering failed: ${m.message}`));
      else finish(null, { html: m.html, csvs: m.csvs });
    });
    worker.on('error', (error) => finish(error));
    worker.on('exit', (code) => finish(new Error(`report render worker exited with code ${code} before finishing`)));
  });
}
