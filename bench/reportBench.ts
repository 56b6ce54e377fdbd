import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportProgress } from '../shared/domain/report';
import { openCore, type Core } from '../electron/core/core';
import { LATEST_VERSION } from '../electron/core/db/migrate';
import { genericPreset } from '../electron/core/ingest/genericPreset';
import { importCsvFile } from '../electron/core/ingest/importFile';
import { findChromium, printPdfWithChromium } from '../electron/core/reports/export/chromiumPdf';
import { writeReportFiles } from '../electron/core/reports/export/writeReportFiles';
import { computeReport } from '../electron/core/reports/computeReport';

const SITES = ['twitter', 'facebook', 'forum', 'reviews', 'instagram'];
const PHRASES = [
  'my flight was delayed again', 'lost my bag at the airport', 'rude staff at the gate', 'still no refund after weeks', 'cancelled without notice',
  'what time is boarding', 'is there wifi on board', 'which terminal for the flight', 'can I change my seat', 'how much is a checked bag',
  'thanks for the upgrade', 'great crew today', 'love the new seats', 'smooth flight thank you', 'amazing help from the agent',
];
const T0 = Date.UTC(2024, 0, 1);
const STEP_MS = 7_000; // 1,000,000 posts over about 81 days: ~86,000 a week
const CHUNK = 100_000;

/** Generic CSV rows [from, from + count): deterministic sites, authors, texts and replies. */
function chunkCsv(from: number, count: number): string {
  const lines = ['id,site,author,created_at,text,in_reply_to,url,author_followers'];
  for (let i = from; i < from + count; i++) {
    const a = PHRASES[(i * 7) % PHRASES.length];
    const b = PHRASES[(i * 13 + 5) % PHRASES.length];
    const reply = i > 10 && i % 3 === 0 ? String(i - 7) : '';
    lines.push(`${i},${SITES[i % SITES.length]},user${(i * 7919) % 50_000},${new Date(T0 + i * STEP_MS).toISOString()},"@acme ${a}, ${b}",${reply},,${(i * 31) % 20_000}`);
  }
  return `${lines.join('\n')}\n`;
}

const secs = (t0: number): number => (performance.now() - t0) / 1000;
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const log = (line: string): void => void process.stderr.write(`  [report] ${line}\n`);

/** A cached database of an older schema, migrated in place and renamed to `file`; false when there is none. */
async function migrateOlder(dir: string, posts: number, file: string): Promise<boolean> {
  const older = readdirSync(dir)
    .map((name) => ({ name, version: Number(/^posts-(\d+)-schema(\d+)\.sqlite$/.exec(name)?.[2] ?? NaN), count: Number(/^posts-(\d+)-/.exec(name)?.[1]) }))
    .filter((f) => f.count === posts && f.version < LATEST_VERSION)
    .sort((a, b) => b.version - a.version)[0];
  if (!older) return false;
  const from = join(dir, older.name);
  const started = performance.now();
  const core = await openCore({ dbPath: from });
  await core.close();
  for (const suffix of ['-wal', '-shm']) rmSync(`${from}${suffix}`, { force: true });
  renameSync(from, file);
  log(`migrated the cached database from schema ${older.version} to ${LATEST_VERSION} (${secs(started).toFixed(1)} s) instead of building it again`);
  return true;
}

/**
 * The cached 1M-post database, built once into the temp folder. After a schema change the newest
 * older cached file is migrated (openCore) and renamed, which takes seconds where a build takes minutes.
 */
async function benchDatabase(posts: number): Promise<string> {
  const dir = join(tmpdir(), 'lp-report-bench');
  const file = join(dir, `posts-${posts}-schema${LATEST_VERSION}.sqlite`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  if (await migrateOlder(dir, posts, file)) return file;
  const building = `${file}.building`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true });
  const core = await openCore({ dbPath: building });
  const work = mkdtempSync(join(tmpdir(), 'lp-report-bench-csv-'));
  const started = performance.now();
  try {
    for (let from = 1; from <= posts; from += CHUNK) {
      const path = join(work, 'chunk.csv');
      writeFileSync(path, chunkCsv(from, Math.min(CHUNK, posts - from + 1)));
      await importCsvFile(core.db, path, { preset: genericPreset });
      log(`building the database: ${fmt(Math.min(from + CHUNK - 1, posts))} / ${fmt(posts)} posts imported and scored (${secs(started).toFixed(0)} s)`);
    }
  } finally {
    await core.close();
    rmSync(work, { recursive: true, force: true });
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true });
  renameSync(building, file);
  return file;
}

async function timeWeek(core: Core, week: string, out: string): Promise<string[]> {
  let t = performance.now();
  const cpu = process.cpuUsage();
  const report = await computeReport(core, { week, timeZone: 'Europe/London' }, (p: ReportProgress) => log(`compute ${p.step} ${p.done}/${p.total} (${secs(t).toFixed(2)} s)`));
  const compute = secs(t);
  const used = process.cpuUsage(cpu);
  const computeCpu = (used.user + used.system) / 1e6;
  t = performance.now();
  const written = await writeReportFiles(report, out, { onProgress: (p) => log(`${p.step} ${p.done}/${p.total} (${secs(t).toFixed(2)} s)`) });
  const files = secs(t);
  const total = compute + files;
  const lines = [
    `  week ${week} (Europe/London): ${fmt(report.totals.volume.current)} posts in the week, ${report.trend.length} trend weeks, ${report.sites.length} sites`,
    `  computeReport ${compute.toFixed(2)} s (CPU of the process, SQLite's threads included: ${computeCpu.toFixed(2)} s); HTML + ${written.csv.length} CSVs rendered on the worker thread and written ${files.toFixed(2)} s (report.html ${fmt(statSync(written.html).size / 1024)} KB)`,
    `  week → HTML + CSV: ${total.toFixed(2)} s (goal <= 10 s) ${total <= 10 ? 'ok' : 'OVER'}`,
  ];
  const chromium = findChromium();
  if (!chromium) return [...lines, '  PDF: skipped, no Chromium found (CHROMIUM_PATH, /usr/bin/chromium or chromium on PATH)'];
  t = performance.now();
  await printPdfWithChromium(join(out, 'report.html'), join(out, 'report.pdf'), { chromium });
  const pdfSecs = secs(t);
  return [...lines, `  PDF (headless Chromium) ${pdfSecs.toFixed(2)} s, ${fmt(statSync(join(out, 'report.pdf')).size / 1024)} KB; week → HTML + CSV + PDF ${(total + pdfSecs).toFixed(2)} s`];
}

/**
 * Weekly report figures on a 1,000,000-post database (generated, imported with scoring once and
 * cached in the temp folder): one week computed, rendered to HTML and CSV, and printed to PDF when
 * Chromium is present. Progress goes to stderr; prints figures, asserts nothing.
 */
export async function runReportBench(posts = 1_000_000): Promise<string[]> {
  const t = performance.now();
  const file = await benchDatabase(posts);
  const built = secs(t);
  const core = await openCore({ dbPath: file, readOnly: true });
  const out = mkdtempSync(join(tmpdir(), 'lp-report-bench-out-'));
  try {
    return [
      `report: ${fmt(posts)}-post database ${file} (${fmt(statSync(file).size / 2 ** 20)} MB; ${built > 1 ? `built in ${built.toFixed(0)} s` : 'cached'})`,
      ...(await timeWeek(core, '2024-W06', out)),
    ];
  } finally {
    await core.close();
    rmSync(out, { recursive: true, force: true });
  }
}
