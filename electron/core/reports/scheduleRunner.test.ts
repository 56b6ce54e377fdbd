import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { memoryCore } from '../testing/fixtures';
import { runDueReport, startReportSchedule } from './scheduleRunner';

// Monday 6 November 2017, 08:00 in London: the report of 2017-W44 is due from 07:00.
const MONDAY_8AM = Date.UTC(2017, 10, 6, 8, 0);

async function scheduled(dir: string, extra: Record<string, unknown> = {}) {
  const core = await memoryCore(MONDAY_8AM);
  const saved = await dispatch(core, 'reports.saveSchedule', { enabled: true, dir, timeZone: 'Europe/London', hour: 7, pdf: false, includePii: false, ...extra });
  expect(saved).toMatchObject({ ok: true, value: { enabled: true, dir, lastWeek: null } });
  return core;
}

describe('scheduled report', () => {
  it('writes the week that just ended into dir/<week>/ once, and records the run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lp-schedule-'));
    const core = await scheduled(dir);
    expect(await runDueReport(core)).toBe('2017-W44');
    expect(readFileSync(join(dir, '2017-W44', 'report.html'), 'utf8')).toContain('Weekly review 2017-W44');
    expect(existsSync(join(dir, '2017-W44', 'sites.csv'))).toBe(true);
    expect(await dispatch(core, 'reports.schedule', {})).toMatchObject({ ok: true, value: { lastWeek: '2017-W44', lastRunAt: MONDAY_8AM, lastError: null } });
    expect(await runDueReport(core)).toBeNull();
    await core.close();
  });

  it('runs at start (catching up the missed Monday) and stops cleanly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lp-schedule-'));
    const core = await scheduled(dir);
    const ran = new Promise<{ week: string; error: string | null }>((resolve) => {
      const stop = startReportSchedule(core, { everyMs: 3_600_000, onRun: (r) => void stop().then(() => resolve(r)) });
    });
    expect(await ran).toMatchObject({ week: '2017-W44', error: null });
    expect(existsSync(join(dir, '2017-W44', 'report.html'))).toBe(true);
    await core.close();
  });

  it('records the error when the folder cannot be written, and keeps the settings', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lp-schedule-')), 'not-a-folder');
    writeFileSync(file, 'x');
    const core = await scheduled(file, { pdf: true });
    expect(await runDueReport(core)).toBe('2017-W44');
    const s = await dispatch(core, 'reports.schedule', {});
    expect(s).toMatchObject({ ok: true, value: { enabled: true, pdf: true, lastWeek: '2017-W44', lastError: expect.stringMatching(/not-a-folder\/2017-W44|not a directory|ENOTDIR/) } });
    await core.close();
  });

  it('does nothing when disabled, and refuses a relative folder or an unknown zone', async () => {
    const core = await memoryCore(MONDAY_8AM);
    expect(await runDueReport(core)).toBeNull();
    expect(await dispatch(core, 'reports.schedule', {})).toMatchObject({ ok: true, value: { enabled: false, hour: 7, lastWeek: null } });
    expect(await dispatch(core, 'reports.saveSchedule', { enabled: true, dir: 'reports', timeZone: 'Europe/London', hour: 7, pdf: false, includePii: false })).toMatchObject({ ok: false, error: { code: 'invalid-request', field: 'dir' } });
    expect(await dispatch(core, 'reports.saveSchedule', { enabled: false, dir: '/srv/reports', timeZone: 'Mars/Olympus', hour: 7, pdf: false, includePii: false })).toMatchObject({ ok: false, error: { code: 'invalid-request', field: 'timeZone' } });
    await core.close();
  });
});

describe('migration 0013 (report_schedule)', () => {
  it('holds one row at most and refuses an hour outside 0..23', async () => {
    const core = await memoryCore();
    await expect(core.db.run("INSERT INTO report_schedule (id, enabled, dir, time_zone, hour, pdf, include_pii, updated_at) VALUES (2, 1, '/r', 'UTC', 7, 0, 0, 0)")).rejects.toThrow(/CHECK/);
    await expect(core.db.run("INSERT INTO report_schedule (id, enabled, dir, time_zone, hour, pdf, include_pii, updated_at) VALUES (1, 1, '/r', 'UTC', 24, 0, 0, 0)")).rejects.toThrow(/CHECK/);
    await core.close();
  });
});
