import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../../shared/contract/result';
import type { ReportExport, ReportProgress } from '../../../../shared/domain/report';
import type { Core } from '../../core';
import { dispatch } from '../../dispatch';
import { genericPreset } from '../../ingest/genericPreset';
import { importCsvFile } from '../../ingest/importFile';
import { genericCsv, memoryCore, tempFile } from '../../testing/fixtures';

// Three customer posts in 2017-W44 (London), one in W43; one author's handle is hostile.
const ROWS = [
  '1,twitter,ann,2017-10-31T10:00:00Z,my bag is lost and nobody answers,,,10',
  '2,twitter,"<img src=x onerror=alert(1)>",2017-11-01T10:00:00Z,=1+2 thanks a lot,,,20',
  '3,forum,cid,2017-11-05T23:30:00Z,still waiting for my refund,,,5',
  '4,twitter,ann,2017-10-24T10:00:00Z,flight delayed again,,,10',
];

async function seeded() {
  const core = await memoryCore(Date.UTC(2017, 10, 7));
  await importCsvFile(core.db, tempFile('posts.csv', genericCsv(ROWS)), { preset: genericPreset });
  return core;
}

const req = (dir: string) => ({ week: '2017-W44', timeZone: 'Europe/London', dir, pdf: false });
const exported = async (core: Core, request: unknown) => (await dispatch(core, 'reports.export', request)) as Result<ReportExport>;

describe('reports.export', () => {
  it('writes report.html and every CSV with the numbers of the database, and emits progress', async () => {
    const core = await seeded();
    const seen: ReportProgress[] = [];
    core.events.on('reports.progressed', (p) => seen.push(p));
    const dir = join(mkdtempSync(join(tmpdir(), 'lp-export-')), 'nested', 'w44');
    const r = await exported(core, req(dir));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({ dir, html: join(dir, 'report.html'), pdf: null, pdfError: null });
    expect(r.value.csv.map((p) => p.slice(dir.length + 1))).toContain('days.csv');
    const days = parse(readFileSync(join(dir, 'days.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    // Counted in London days: the 23:30 UTC post of Sunday 5 November is still Sunday (GMT).
    expect(days.map((d) => [d.date, d.volume])).toEqual([['2017-10-30', '0'], ['2017-10-31', '1'], ['2017-11-01', '1'], ['2017-11-02', '0'], ['2017-11-03', '0'], ['2017-11-04', '0'], ['2017-11-05', '1']]);
    const html = readFileSync(r.value.html, 'utf8');
    expect(html).toContain(r.value.snapshotHash);
    expect(html).not.toContain('<img');
    expect(seen.map((p) => p.step)).toEqual(expect.arrayContaining(['posts', 'html', 'csv']));
    expect(seen.at(-1)).toEqual({ step: 'csv', done: 11, total: 11 });
    await core.close();
  });

  it('gives byte-identical CSVs when regenerated from the same data', async () => {
    const core = await seeded();
    const base = mkdtempSync(join(tmpdir(), 'lp-export-'));
    const a = await exported(core, req(join(base, 'a')));
    const b = await exported(core, req(join(base, 'b')));
    if (!a.ok || !b.ok) throw new Error('export failed');
    expect(a.value.snapshotHash).toBe(b.value.snapshotHash);
    for (const [i, file] of a.value.csv.entries()) expect(readFileSync(b.value.csv[i]).equals(readFileSync(file))).toBe(true);
    await core.close();
  });

  it.each([
    ['a file', () => tempFile('file.txt', 'x'), /exists and is not a folder/],
    ['a relative path', () => 'reports/w44', /absolute folder path/],
  ])('refuses a dir that is %s, naming the field', async (_what, dir, message) => {
    const core = await seeded();
    const r = await exported(core, req(dir()));
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-request', field: 'dir', message: expect.stringMatching(message) } });
    await core.close();
  });

  it('writes HTML and CSVs and says why in one sentence when no Chromium is found for the PDF', async () => {
    const core = await seeded();
    const saved = { path: process.env.CHROMIUM_PATH };
    const fake = join(mkdtempSync(join(tmpdir(), 'lp-export-')), 'missing-chromium');
    writeFileSync(fake, ''); // not executable: treated as absent
    process.env.CHROMIUM_PATH = fake;
    try {
      const r = await exported(core, { ...req(mkdtempSync(join(tmpdir(), 'lp-export-'))), pdf: true });
      expect(r).toMatchObject({ ok: true, value: { pdf: null, pdfError: 'No PDF was written because no Chromium was found (install chromium or set CHROMIUM_PATH).' } });
    } finally {
      if (saved.path === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved.path;
      await core.close();
    }
  });
});
