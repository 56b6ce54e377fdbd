import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../electron/core/core';
import { Db } from '../electron/core/db/database';
import { genericPreset } from '../electron/core/ingest/genericPreset';
import { importCsvFile } from '../electron/core/ingest/importFile';
import { insertMany } from '../electron/core/repos/sql';
import { waitForScoring } from '../electron/core/sentiment/pipeline';

const SITES = ['twitter', 'forum', 'reviews', 'facebook', 'news'];
const WORDS = 'flight delayed bag lost refund thanks great service app crash bill wrong order late help please still waiting love awful'.split(' ');

/** A deterministic generic CSV of `n` rows (about a third are replies). */
export function generateGenericCsv(n: number): { csv: string; rows: string[][] } {
  let seed = 42;
  const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const rows: string[][] = [];
  const lines = ['id,site,author,created_at,text,in_reply_to,url,author_followers'];
  const t0 = Date.UTC(2024, 0, 1);
  for (let i = 1; i <= n; i++) {
    const site = SITES[i % SITES.length];
    const text = Array.from({ length: 8 + Math.floor(rnd() * 20) }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' ');
    const reply = i > 10 && rnd() < 0.33 ? String(i - 5) : '';
    const row = [String(i), site, `user${Math.floor(rnd() * n * 0.2)}`, new Date(t0 + i * 7000).toISOString(), text, reply, '', String(Math.floor(rnd() * 5000))];
    rows.push(row);
    lines.push(row.join(','));
  }
  return { csv: `${lines.join('\n')}\n`, rows };
}

async function bareInsert(file: string, rows: string[][]): Promise<number> {
  const db = await Db.open(file);
  await db.exec('CREATE TABLE bare (id TEXT, site TEXT, author TEXT, created_at INTEGER, text TEXT, in_reply_to TEXT, url TEXT, followers INTEGER)');
  const started = performance.now();
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000).map((r) => [r[0], r[1], r[2], Date.parse(r[3]), r[4], r[5] || null, null, Number(r[7])]);
    await db.transaction((tx) => insertMany(tx, 'INSERT INTO bare', 8, chunk));
  }
  const secs = (performance.now() - started) / 1000;
  await db.close();
  return rows.length / secs;
}

/** Import throughput of the generic CSV path against a bare multi-row insert, same rows, same run. */
export async function runImportBench(n = 200_000): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lp-bench-'));
  try {
    const { csv, rows } = generateGenericCsv(n);
    const path = join(dir, 'posts.csv');
    writeFileSync(path, csv);
    const bare = await bareInsert(join(dir, 'bare.sqlite'), rows);
    const core = await openCore({ dbPath: join(dir, 'app.sqlite') });
    const started = performance.now();
    const report = await importCsvFile(core.db, path, { preset: genericPreset });
    const secs = (performance.now() - started) / 1000;
    await waitForScoring(core.db); // sentiment of the new posts, queued behind the import
    const scoredSecs = (performance.now() - started) / 1000;
    const scored = await core.db.get<{ n: number }>('SELECT count(*) AS n FROM post_scores');
    const again = performance.now();
    const re = await importCsvFile(core.db, path, { preset: genericPreset });
    const reSecs = (performance.now() - again) / 1000;
    await core.close();
    const ours = report.imported / secs;
    return [
      `import: ${n.toLocaleString('en-US')} generic CSV rows (parse + validate + indexes + idempotency + thread links)`,
      `  ours  ${Math.round(ours).toLocaleString('en-US')} rows/s (${secs.toFixed(2)} s, ${report.imported} imported)`,
      `  bare  ${Math.round(bare).toLocaleString('en-US')} rows/s (pre-parsed rows, multi-row INSERT, no indexes)`,
      `  ratio ${(ours / bare).toFixed(2)} (goal >= 0.6)`,
      `  sentiment of the new posts (scored after the import, queued behind it): all ${scored?.n ?? 0} scored ${scoredSecs.toFixed(2)} s after the start`,
      `  re-import of the same file: ${re.duplicates} duplicates, ${re.imported} added, ${reSecs.toFixed(2)} s`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
