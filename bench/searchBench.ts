import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core } from '../electron/core/core';
import { LATEST_VERSION } from '../electron/core/db/migrate';
import { dispatch } from '../electron/core/dispatch';
import { genericPreset } from '../electron/core/ingest/genericPreset';
import { importCsvFile } from '../electron/core/ingest/importFile';
import { findMatchesCapped, postPageSql, searchPosts, SEARCH_COUNT_CAP, type PostQuery } from '../electron/core/repos/posts';

const CACHED = join(tmpdir(), 'lp-report-bench', `posts-1000000-schema${LATEST_VERSION}.sqlite`);
const RUNS = 5;

/** The count posts.search ran before the cap (exact; it joined authors and sites on every row). */
function exactCountSql(f: PostQuery): { sql: string; params: (string | number)[] } {
  const text = f.query?.trim();
  const pattern = `%${text}%`;
  const where = ['posts.relevant = 1', ...(f.siteId ? ['posts.site_id = ?'] : []), ...(text ? ["(posts.text LIKE ? ESCAPE '\\' OR authors.handle LIKE ? ESCAPE '\\')"] : [])];
  const params = [...(f.siteId ? [f.siteId] : []), ...(text ? [pattern, pattern] : [])];
  const from = 'FROM posts JOIN authors ON authors.id = posts.author_id JOIN sites ON sites.id = posts.site_id';
  return { sql: `SELECT count(*) AS n ${from} WHERE ${where.join(' AND ')}`, params };
}

const ms = (t0: number): number => performance.now() - t0;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median milliseconds of `RUNS` runs after one warm-up run, and the warm-up's result. */
async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const value = await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await work();
    times.push(ms(t));
  }
  return { ms: median(times), value };
}

async function timeCase(core: Core, name: string, f: PostQuery): Promise<string> {
  const page = postPageSql({ ...f, limit: 200 });
  const exactSql = exactCountSql(f);
  const exact = await timed(async () => (await core.db.get<{ n: number }>(exactSql.sql, exactSql.params))?.n ?? 0);
  const walk = await timed(async () => (await core.db.all(page.sql, page.params)).length);
  const capped = await timed(() => findMatchesCapped(core.db, f));
  const after = await timed(() => searchPosts(core.db, { ...f, limit: 200 }));
  const shown = capped.value.totalCapped ? `${capped.value.total}+` : String(capped.value.total);
  const n = (x: number, w = 6): string => x.toFixed(x < 10 ? 1 : 0).padStart(w);
  return `  ${name.padEnd(26)} ${String(exact.value).padStart(8)} matches, shown ${shown.padStart(6)} | before: exact count ${n(exact.ms)} + page (time index) ${n(walk.ms)} = ${n(exact.ms + walk.ms)} ms | after: capped count ${n(capped.ms)}, posts.search page of 200 ${n(after.ms)} ms`;
}

/** A CSV of `n` new posts newer than every cached one (as a live import adds), half asking for a refund. */
function newPostsCsv(path: string, n: number): void {
  const t0 = Date.UTC(2024, 6, 1);
  const lines = ['id,site,author,created_at,text'];
  for (let i = 0; i < n; i++) lines.push(`new${i},twitter,newuser${i % 5000},${new Date(t0 + i * 1000).toISOString()},${i % 2 ? 'still no refund' : 'thanks for the help'} ${i}`);
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** The old posts.search without scoring: the exact count, then the page walking the time index. */
async function searchExact(core: Core, f: PostQuery): Promise<void> {
  const count = exactCountSql(f);
  const page = postPageSql(f);
  await core.db.get(count.sql, count.params);
  await core.db.all(page.sql, page.params);
}

/**
 * Searches for 'refund' while an import of `rows` new posts runs on the same core, taking turns:
 * the old way, the new searchPosts, and posts.search through dispatch as the UI calls it (which
 * also scores listed posts the import has not scored yet, in a write queued behind its batches).
 */
async function duringImport(core: Core, rows: number): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lp-search-bench-csv-'));
  const csv = join(dir, 'new.csv');
  newPostsCsv(csv, rows);
  const f = { query: 'refund', limit: 50 };
  const kinds: [string, () => Promise<unknown>][] = [
    ['before (exact count)', () => searchExact(core, f)],
    ['after (capped count)', () => searchPosts(core.db, f)],
    ['after, through dispatch', () => dispatch(core, 'posts.search', f)],
  ];
  const times: number[][] = kinds.map(() => []);
  let done = false;
  const started = performance.now();
  const importing = importCsvFile(core.db, csv, { preset: genericPreset }).finally(() => (done = true));
  for (let i = 0; !done; i = (i + 1) % kinds.length) {
    const t = performance.now();
    await kinds[i][1]();
    times[i].push(ms(t));
  }
  await importing;
  rmSync(dir, { recursive: true, force: true });
  return [
    `  while importing ${rows.toLocaleString('en-US')} new posts (${(ms(started) / 1000).toFixed(1)} s), searches for 'refund' in turn:`,
    ...kinds.map(([name], i) => `    ${name.padEnd(24)} ${times[i].length} calls, median ${median(times[i]).toFixed(0)} ms, max ${Math.max(...times[i]).toFixed(0)} ms`),
  ];
}

/**
 * posts.search latency on the report bench's cached 1M-post database (`npm run bench report`
 * builds it), read from a copy in the temp folder: the old exact count against the capped one
 * (SEARCH_COUNT_CAP), and the page query, per kind of search; then searches during an import into
 * the copy. Prints figures, asserts nothing.
 */
export async function runSearchBench(importRows = 200_000): Promise<string[]> {
  if (!existsSync(CACHED)) return [`search: skipped, no cached database at ${CACHED} (run \`npm run bench report\` once to build it)`];
  const dir = join(tmpdir(), 'lp-search-bench');
  const copy = join(dir, 'posts-1000000.sqlite');
  mkdirSync(dir, { recursive: true });
  for (const suffix of ['-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true });
  copyFileSync(CACHED, copy);
  const core = await openCore({ dbPath: copy });
  try {
    const twitter = (await core.db.get<{ id: number }>("SELECT id FROM sites WHERE name = 'twitter'"))?.id ?? 1;
    const lines = [`search: copy of ${CACHED} (${Math.round(statSync(copy).size / 2 ** 20)} MB), cap ${SEARCH_COUNT_CAP.toLocaleString('en-US')}, medians of ${RUNS} runs`];
    for (const [name, f] of [
      ['no query', {}],
      ['no query, one site', { siteId: twitter }],
      ["common word 'refund'", { query: 'refund' }],
      ["rare: handle 'user12345'", { query: 'user12345' }],
      ["absent word 'zeppelin'", { query: 'zeppelin' }],
    ] as [string, PostQuery][]) {
      lines.push(await timeCase(core, name, f));
    }
    if (importRows > 0) lines.push(...(await duringImport(core, importRows)));
    return lines;
  } finally {
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
