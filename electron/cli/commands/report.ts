import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppFailure } from '../../../shared/contract/result';
import type { ReportExport, ReportProgress, ReportRequest } from '../../../shared/domain/report';
import { validateIsoWeek } from '../../../shared/time/isoWeek';
import { isValidTimeZone, zonedTimeToEpoch } from '../../../shared/time/zoned';
import { openCore, type Core } from '../../core/core';
import { LATEST_VERSION } from '../../core/db/migrate';
import { resolveDbPath } from '../../core/paths';
import { exportReport } from '../../core/reports/export/exportReport';
import { freezeWeek } from '../../core/reports/freezeWeek';
import { machineTimeZone } from '../../core/reports/scheduleRunner';
import { listSites } from '../../core/repos/sites';
import { UsageError, type Command } from '../command';

type Values = Record<string, string | boolean | string[] | undefined>;

/** The option a service's field came from, so its errors name what the user typed. */
const OPTION_OF: Record<string, string> = { week: '--week', from: '--from', to: '--to', timeZone: '--tz', siteId: '--site', dir: '--out', path: '--freeze' };

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/;

/** An ISO date or time: with an offset or Z as given, without one on the clocks of `tz`. */
function timeOption(values: Values, name: 'from' | 'to', tz: string): number {
  const text = String(values[name]);
  const local = LOCAL.exec(text);
  const ms = local
    ? zonedTimeToEpoch({ y: Number(local[1]), m: Number(local[2]), d: Number(local[3]), h: Number(local[4] ?? 0), mi: Number(local[5] ?? 0) }, tz)
    : /^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(text) ? Date.parse(text) : NaN;
  if (!Number.isFinite(ms) || ms < 0) throw new UsageError(`--${name} must be an ISO date or time such as 2017-10-30 or 2017-10-30T08:00Z, got "${text}"`);
  return ms;
}

/** The range of the request from --week or --from/--to, in --tz. */
function rangeOf(values: Values): Pick<ReportRequest, 'week' | 'from' | 'to' | 'timeZone'> {
  const timeZone = (values.tz as string | undefined) ?? machineTimeZone();
  if (!isValidTimeZone(timeZone)) throw new UsageError(`--tz must be an IANA time zone such as Europe/London, got "${timeZone}"`);
  const hasRange = values.from !== undefined || values.to !== undefined;
  if (values.week !== undefined && hasRange) throw new UsageError('give either --week or --from and --to, not both');
  if (values.week !== undefined) {
    const week = validateIsoWeek(values.week as string);
    if (!week.ok) throw new UsageError(`--week: ${week.error}`);
    return { week: week.value.label, timeZone };
  }
  if (values.from === undefined || values.to === undefined) throw new UsageError(hasRange ? `--${values.from === undefined ? 'from' : 'to'} is missing: a range needs both --from and --to` : 'name the period with --week 2017-W44 or --from DATE --to DATE');
  const from = timeOption(values, 'from', timeZone);
  const to = timeOption(values, 'to', timeZone);
  if (to <= from) throw new UsageError('--to must be after --from');
  return { from, to, timeZone };
}

/** Opens read-only when the file is at our schema (a report never writes; snapshots are read-only), else migrates it first. */
async function openForReport(dbPath: string, write: boolean): Promise<Core> {
  if (dbPath !== ':memory:' && !existsSync(dbPath)) throw new AppFailure('not-found', `no database at ${dbPath}`);
  if (!write) {
    const ro = await openCore({ dbPath, readOnly: true });
    if (ro.schemaVersion === LATEST_VERSION) return ro;
    await ro.close();
  }
  return openCore({ dbPath });
}

async function siteIdOf(core: Core, name: string | undefined): Promise<number | undefined> {
  if (name === undefined) return undefined;
  const sites = await listSites(core.db);
  const site = sites.find((s) => s.name === name);
  if (!site) throw new UsageError(`--site: no site named "${name}" (sites: ${sites.map((s) => s.name).join(', ') || 'none'})`);
  return site.id;
}

const progressLine = (p: ReportProgress): void => {
  process.stderr.write(`report: ${p.step} ${p.done}/${p.total}\n`);
};

function printExport(out: ReportExport, wantedPdf: boolean): void {
  process.stdout.write(`${[out.html, ...(out.pdf ? [out.pdf] : []), ...out.csv].join('\n')}\n`);
  if (wantedPdf && out.pdfError) process.stderr.write(`warning: ${out.pdfError}\n`);
}

async function runReport(values: Values): Promise<number> {
  const range = rangeOf(values);
  const freezeTo = values.freeze as string | undefined;
  const exporting = freezeTo === undefined || values.out !== undefined;
  const dir = resolve((values.out as string | undefined) ?? `report-${range.week ?? `${new Date(range.from ?? 0).toISOString().slice(0, 10)}`}`);
  const core = await openForReport(resolveDbPath(values.db as string | undefined), freezeTo !== undefined);
  try {
    const siteId = await siteIdOf(core, values.site as string | undefined);
    if (freezeTo !== undefined) {
      const snap = await freezeWeek(core, { ...range, path: resolve(freezeTo) });
      process.stderr.write(`report: froze ${snap.label} (${snap.posts} posts, ${snap.bytes} bytes, snapshot ${snap.snapshotHash.slice(0, 12)})\n`);
      process.stdout.write(`${snap.path}\n`);
    }
    if (exporting) {
      const out = await exportReport(core, { ...range, siteId, includePii: values['include-pii'] === true, dir, pdf: values.pdf === true }, { onProgress: progressLine });
      printExport(out, values.pdf === true);
    }
    return 0;
  } finally {
    await core.close();
  }
}

/** `report`: the weekly review as HTML, CSVs and PDF, or a frozen snapshot of the week (issue 9). */
export const reportCommand: Command = {
  name: 'report',
  summary: 'weekly review: report.html, CSVs and PDF of a week or range; freeze a week into a snapshot',
  usage: `report --db FILE (--week 2017-W44 | --from DATE --to DATE) [--tz ZONE] [--site NAME]
             [--out DIR] [--pdf] [--include-pii] [--freeze FILE]

Computes the report of an ISO week (compared with the week before) or of any range (compared with
the range of the same length before it), cut in days and weeks of --tz (default the machine's
zone). Writes DIR/report.html (self-contained, opens offline), one CSV per table and, with --pdf,
DIR/report.pdf printed by headless Chromium (CHROMIUM_PATH, /usr/bin/chromium, or chromium /
google-chrome on PATH). DIR defaults to ./report-<week>. Prints the paths written, one per line;
progress goes to stderr. Customer names, e-mails and phone numbers are masked unless --include-pii.
DATE is ISO: 2017-10-30 or 2017-10-30T08:00 (in --tz), or with Z / an offset.
--freeze FILE copies the data of the period into a new snapshot file (never overwrites) that
opens read-only elsewhere (File → Open snapshot, or --db FILE here); with --out the report is
written as well.
Exit codes: 0 written (also when --pdf could not print: the HTML and CSVs are there and a
"warning:" line on stderr says why), 2 bad arguments (the message names the option), 1 failure.`,
  options: {
    db: { type: 'string' },
    week: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    tz: { type: 'string' },
    site: { type: 'string' },
    out: { type: 'string' },
    pdf: { type: 'boolean' },
    'include-pii': { type: 'boolean' },
    freeze: { type: 'string' },
  },
  async run(values) {
    try {
      return await runReport(values);
    } catch (err) {
      if (err instanceof AppFailure && err.code === 'invalid-request' && err.field && OPTION_OF[err.field]) throw new UsageError(`${OPTION_OF[err.field]}: ${err.message}`);
      if (err instanceof AppFailure) {
        process.stderr.write(`report failed: ${err.message}\n`);
        return 1;
      }
      throw err;
    }
  },
};
