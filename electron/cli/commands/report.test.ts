import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openCore } from '../../core/core';
import { genericPreset } from '../../core/ingest/genericPreset';
import { importCsvFile } from '../../core/ingest/importFile';
import { findChromium } from '../../core/reports/export/chromiumPdf';
import { genericCsv, tempFile } from '../../core/testing/fixtures';
import { runCliCaptured } from '../testing';

afterEach(() => vi.restoreAllMocks());

const cli = runCliCaptured;

const CSV_NAMES = ['sites.csv', 'topics.csv', 'reasons.csv', 'cases.csv', 'persistence.csv', 'reach.csv', 'alerts.csv', 'channels.csv', 'site-shares.csv', 'days.csv', 'trend.csv'];
let db = '';
const work = mkdtempSync(join(tmpdir(), 'lp-report-cli-'));

beforeAll(async () => {
  db = join(work, 'app.sqlite');
  const core = await openCore({ dbPath: db });
  const rows = ['1,twitter,ann,2017-10-31T10:00:00Z,my bag is lost,,,10', '2,forum,bob,2017-11-01T10:00:00Z,thanks for the refund,,,5', '3,twitter,ann,2017-10-24T10:00:00Z,flight delayed,,,10'];
  await importCsvFile(core.db, tempFile('posts.csv', genericCsv(rows)), { preset: genericPreset });
  await core.close();
});

describe('report command', () => {
  it('writes report.html and the CSVs of a week, prints their paths and progress', async () => {
    const out = join(work, 'w44');
    const r = await cli('report', '--db', db, '--week', '2017-W44', '--tz', 'Europe/London', '--out', out);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toEqual([join(out, 'report.html'), ...CSV_NAMES.map((n) => join(out, n))]);
    expect(r.err).toMatch(/^report: posts \d+\/\d+$/m);
    expect(r.err).toContain('report: csv 11/11');
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('Weekly review 2017-W44');
    expect(html).toContain('Europe/London');
    expect(readFileSync(join(out, 'days.csv'), 'utf8').split('\n').slice(1, 4).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(['2017-10-30,0', '2017-10-31,1', '2017-11-01,1']);
  });

  it('reports a range and one site', async () => {
    const out = join(work, 'range');
    const r = await cli('report', '--db', db, '--from', '2017-10-30', '--to', '2017-11-06', '--tz', 'Europe/London', '--site', 'twitter', '--out', out);
    expect(r.code).toBe(0);
    const sites = readFileSync(join(out, 'sites.csv'), 'utf8').trim().split('\n');
    expect(sites.map((l) => l.split(',')[1])).toEqual(['site', 'twitter']);
  });

  it('writes the HTML and warns in one line, exit 0, when --pdf finds no Chromium', async () => {
    const fake = join(work, 'no-chromium');
    writeFileSync(fake, '');
    vi.stubEnv('CHROMIUM_PATH', fake);
    try {
      const r = await cli('report', '--db', db, '--week', '2017-W44', '--tz', 'UTC', '--out', join(work, 'nopdf'), '--pdf');
      expect(r.code).toBe(0);
      expect(r.out).toContain(join(work, 'nopdf', 'report.html'));
      expect(r.out).not.toContain('report.pdf');
      expect(r.err).toContain('warning: No PDF was written because no Chromium was found (install chromium or set CHROMIUM_PATH).\n');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it.skipIf(!findChromium())('prints report.pdf with headless Chromium', async () => {
    const out = join(work, 'pdf');
    const r = await cli('report', '--db', db, '--week', '2017-W44', '--tz', 'UTC', '--out', out, '--pdf');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[1]).toBe(join(out, 'report.pdf'));
    expect(readFileSync(join(out, 'report.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);

  it('freezes a week into a snapshot that reports the same numbers read-only', async () => {
    const snap = join(work, 'w44.sqlite');
    const frozen = await cli('report', '--db', db, '--week', '2017-W44', '--tz', 'Europe/London', '--freeze', snap);
    expect(frozen.code).toBe(0);
    expect(frozen.out).toBe(`${snap}\n`);
    expect(frozen.err).toMatch(/froze 2017-W44/);
    const a = await cli('report', '--db', db, '--week', '2017-W44', '--tz', 'Europe/London', '--out', join(work, 'a'));
    const b = await cli('report', '--db', snap, '--week', '2017-W44', '--tz', 'Europe/London', '--out', join(work, 'b'));
    expect(b.code).toBe(0);
    for (const name of CSV_NAMES) expect(readFileSync(join(work, 'b', name)).equals(readFileSync(join(work, 'a', name)))).toBe(true);
    expect(a.code).toBe(0);
    expect(readFileSync(join(work, 'b', 'report.html'), 'utf8')).toContain('frozen snapshot file');
  });

  it('prints its help', async () => {
    const r = await cli('report', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('report --db FILE (--week 2017-W44 | --from DATE --to DATE)');
  });

  it.each([
    [['--week', '2017-W44', '--from', '2017-10-30', '--to', '2017-11-06'], 2, /either --week or --from and --to/],
    [[], 2, /--week 2017-W44 or --from DATE --to DATE/],
    [['--from', '2017-10-30'], 2, /--to is missing/],
    [['--week', '2017-W54'], 2, /--week: "2017-W54": week 54 is out of range/],
    [['--week', '2017-W53'], 2, /--week: .*only 52 ISO weeks/],
    [['--week', '2017-44'], 2, /--week: "2017-44" is not an ISO week/],
    [['--week', '2017-W44', '--tz', 'Mars/Olympus'], 2, /--tz must be an IANA time zone/],
    [['--from', 'yesterday', '--to', '2017-11-06'], 2, /--from must be an ISO date/],
    [['--from', '2017-11-06', '--to', '2017-10-30'], 2, /--to must be after --from/],
    [['--week', '2017-W44', '--site', 'myspace'], 2, /--site: no site named "myspace" \(sites: forum, twitter\)/],
    [['--week', '2017-W44', '--out', tempFile('file.txt', 'x')], 2, /--out: .* exists and is not a folder/],
    [['--week', '2017-W44', '--bogus'], 2, /Unknown option '--bogus'/],
  ])('%j exits %i naming the option', async (argv, code, message) => {
    const r = await cli('report', '--db', db, ...argv);
    expect(r.code).toBe(code);
    expect(r.err.split('\n')[0]).toMatch(message);
  });

  it('exits 1 when the database does not exist', async () => {
    const missing = join(work, 'missing.sqlite');
    const r = await cli('report', '--db', missing, '--week', '2017-W44');
    expect(r.code).toBe(1);
    expect(r.err).toBe(`report failed: no database at ${missing}\n`);
    expect(existsSync(missing)).toBe(false);
  });
});
