import { describe, expect, it } from 'vitest';
import type { RescoreProgress } from '../../../shared/domain/sentiment';
import { dispatch } from '../dispatch';
import type { ScoringProgress } from '../sentiment/pipeline';
import { SCORE_CHUNK } from '../sentiment/pipeline';
import { genericCsv, memoryCore, tempFile } from '../testing/fixtures';
import { genericPreset, jsonlPreset } from './genericPreset';
import { importFile } from './importFile';
import { newCaches, storeBatch } from './storeBatch';

const rows = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `${i + 1},forum,user${i % 37},2024-01-01T00:00:${String(i % 60).padStart(2, '0')}Z,${i % 2 ? 'awful service still waiting' : 'thanks great help'},,,`);

const counts = async (core: Awaited<ReturnType<typeof memoryCore>>): Promise<{ posts: number; scored: number }> =>
  (await core.db.get<{ posts: number; scored: number }>('SELECT (SELECT count(*) FROM posts) AS posts, (SELECT count(*) FROM post_scores) AS scored')) as {
    posts: number;
    scored: number;
  };

describe('sentiment of imported posts', () => {
  it('scores every post of a bulk import once the import has ended, reporting progress to the end', async () => {
    const core = await memoryCore();
    const n = SCORE_CHUNK * 2 + 37;
    const seen: (ScoringProgress & { afterReturn: boolean })[] = [];
    let returned = false;
    const report = await importFile(core.db, tempFile('bulk.csv', genericCsv(rows(n))), {
      preset: genericPreset,
      batchSize: 100,
      onScoring: (p) => seen.push({ ...p, afterReturn: returned }),
    });
    returned = true;
    expect(report).toMatchObject({ imported: n, status: 'done' });
    expect(await counts(core)).toEqual({ posts: n, scored: n });
    expect(seen.every((p) => p.afterReturn)).toBe(true);
    expect(seen.map((p) => p.done)).toEqual([SCORE_CHUNK, SCORE_CHUNK * 2, n]);
    expect(seen.at(-1)).toMatchObject({ modelId: 1, done: n, total: n, finished: true });
    expect(seen.filter((p) => p.finished)).toHaveLength(1);
    await core.close();
  });

  it('scores the committed batches of a cancelled import', async () => {
    const core = await memoryCore();
    const ctl = new AbortController();
    const report = await importFile(core.db, tempFile('cut.csv', genericCsv(rows(50))), {
      preset: genericPreset,
      batchSize: 10,
      signal: ctl.signal,
      onProgress: (p) => p.rowsRead >= 20 && ctl.abort(),
    });
    expect(report.status).toBe('cancelled');
    const c = await counts(core);
    expect(c.posts).toBeGreaterThanOrEqual(20);
    expect(c.posts).toBeLessThan(50);
    expect(c.scored).toBe(c.posts);
    await core.close();
  });

  it('scores a stream batch right after it commits when asked (replays)', async () => {
    const core = await memoryCore();
    const post = { site: 'forum', externalId: 'r1', author: 'ann', createdAt: 1, text: 'awful, still waiting', url: null, inReplyTo: null, authorFollowers: null };
    const imp = await core.db.run("INSERT INTO imports (file, preset, status, started_at) VALUES ('replay', 'replay', 'running', 0)");
    await storeBatch(core.db, imp.lastID, { posts: [post], bad: [], rows: 1 }, newCaches(), 1, true);
    expect(await counts(core)).toEqual({ posts: 1, scored: 1 });
    await storeBatch(core.db, imp.lastID, { posts: [{ ...post, externalId: 'r2' }], bad: [], rows: 1 }, newCaches(), 1);
    expect(await counts(core)).toEqual({ posts: 2, scored: 1 });
    await core.close();
  });

  it('pushes the scoring after an import started from the UI as sentiment.rescored, ending finished', async () => {
    const core = await memoryCore();
    const events: RescoreProgress[] = [];
    const finished = new Promise<void>((resolve) =>
      core.events.on('sentiment.rescored', (p) => {
        events.push(p);
        if (p.finished) resolve();
      }),
    );
    const started = await dispatch(core, 'imports.start', { path: tempFile('ui.csv', genericCsv(rows(30))), preset: 'generic' });
    expect(started.ok).toBe(true);
    await finished;
    expect(events.at(-1)).toMatchObject({ modelId: 1, done: 30, total: 30, finished: true });
    expect(new Set(events.map((e) => e.jobId)).size).toBe(1);
    expect((await counts(core)).scored).toBe(30);
    await core.close();
  });
});

describe('bulk writes through JSON parameters', () => {
  it('keeps ids and handles that look like numbers as text, and re-imports them as duplicates', async () => {
    const core = await memoryCore();
    const file = tempFile('ids.csv', genericCsv(['007,forum,0042,2024-01-01,first,,,', '1e3,forum,1.50,2024-01-01,second,007,,', '7,forum,42,2024-01-01,third,,,']));
    expect(await importFile(core.db, file, { preset: genericPreset })).toMatchObject({ imported: 3, quarantined: 0 });
    const stored = await core.db.all<{ external_id: string; handle: string; parent: string | null }>(
      `SELECT p.external_id, a.handle, (SELECT q.external_id FROM posts q WHERE q.id = p.parent_id) AS parent
       FROM posts p JOIN authors a ON a.id = p.author_id ORDER BY p.id`,
    );
    expect(stored).toEqual([
      { external_id: '007', handle: '0042', parent: null },
      { external_id: '1e3', handle: '1.50', parent: '007' },
      { external_id: '7', handle: '42', parent: null },
    ]);
    expect(await importFile(core.db, file, { preset: genericPreset })).toMatchObject({ imported: 0, duplicates: 3 });
    await core.close();
  });

  it('leaves the write connection with a wide page cache and the default checkpoint interval', async () => {
    const core = await memoryCore();
    expect(await core.db.get('PRAGMA cache_size')).toEqual({ cache_size: -2000 });
    await importFile(core.db, tempFile('one.csv', genericCsv(rows(3))), { preset: genericPreset });
    expect(await core.db.get('PRAGMA cache_size')).toEqual({ cache_size: -65536 });
    expect(await core.db.get('PRAGMA wal_autocheckpoint')).toEqual({ wal_autocheckpoint: 1000 });
    await core.close();
  });

  it('stores a lone surrogate of JSON Lines input as U+FFFD, as bound parameters did', async () => {
    const core = await memoryCore();
    const line = '{"id":"s1","site":"forum","author":"ann","created_at":1704067200000,"text":"bad \\ud800 half, good \\ud83d\\ude00"}';
    expect(await importFile(core.db, tempFile('s.jsonl', `${line}\n`), { preset: jsonlPreset })).toMatchObject({ imported: 1 });
    const row = await core.db.get<{ text: string; ok: number }>("SELECT text, text = ? AS ok FROM posts WHERE external_id = 's1'", ['bad \uFFFD half, good 😀']);
    expect(row).toEqual({ text: 'bad \uFFFD half, good 😀', ok: 1 });
    await core.close();
  });
});

describe('CSV read in small chunks', () => {
  it('keeps line numbers, quoted newlines and the restart after a broken row across many read chunks', async () => {
    const core = await memoryCore();
    const lines: string[] = [];
    for (let i = 1; i <= 3000; i++) {
      const text = i % 7 === 0 ? `"line one of ${i}\nline two, with ""quotes"""` : `plain text of row ${i} ${'x'.repeat(40)}`;
      lines.push(i === 2000 ? `${i},forum,a${i},yesterday,bad date,,,` : `${i},forum,a${i},2024-01-01T00:00:00Z,${text},,,`);
    }
    lines.push('3001,forum,z,2024-01-01,"never closed');
    const file = tempFile('chunks.csv', genericCsv(lines));
    const r = await importFile(core.db, file, { preset: genericPreset });
    expect(r).toMatchObject({ imported: 2999, quarantined: 2 });
    const bad = await core.db.all<{ row: number; reason: string }>('SELECT row, reason FROM quarantine ORDER BY row');
    // header = line 1; every seventh row takes two lines
    const lineOf = (i: number): number => 1 + i + Math.floor((i - 1) / 7);
    expect(bad).toEqual([
      { row: lineOf(2000), reason: 'bad created_at "yesterday" (want ISO 8601 or epoch ms)' },
      { row: lineOf(3001), reason: 'broken quoting: a quoted field is never closed' },
    ]);
    const quoted = await core.db.get<{ text: string }>("SELECT text FROM posts WHERE external_id = '2996'");
    expect(quoted?.text).toBe('line one of 2996\nline two, with "quotes"');
    await core.close();
  });
});
