import type { ImportProgress } from '../../../shared/domain/importReport';
import { AppFailure } from '../../../shared/contract/result';
import { openCore } from '../../core/core';
import { importFile } from '../../core/ingest/importFile';
import { PRESETS } from '../../core/ingest/presets';
import { resolvePreset } from '../../core/services/sourcesImports';
import { resolveDbPath } from '../../core/paths';
import { UsageError, type Command } from '../command';

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

function printProgress(p: ImportProgress): void {
  const pct = p.bytesTotal ? Math.min(100, Math.round((100 * p.bytesRead) / p.bytesTotal)) : 0;
  process.stderr.write(`\r${p.file}: ${fmt(p.rowsRead)} rows, ${fmt(p.rowsPerSecond)} rows/s, ${pct}%   `);
}

/** `import`: load post files through a preset. Exit 3 when any row was quarantined. */
export const importCommand: Command = {
  name: 'import',
  summary: 'import post files (CSV or JSON Lines) through a preset',
  usage: `import [--db FILE] --preset ${Object.keys(PRESETS).join('|')}|SAVED [--json] FILE...

Presets: generic (CSV: id,site,author,created_at,text [+in_reply_to,url,author_followers,
author_is_company,lang,author_location]), jsonl (the same fields, one JSON object per line), twcs
(Customer Support on Twitter export; brand replies mark company accounts), airline (Twitter US
Airline Sentiment; tweet_location kept as the author's location),
or the name of a column mapping saved in the Sources view's import dialog.
Rows that break the format are quarantined with their line number and reason; the other rows land.
On a terminal it prints progress (rows, rows/s, share of the file) as it goes; with --json it prints
only one object {"imported": n, "duplicates": n, "quarantined": n} summed over the files.
Posts of a site disabled in Sources are quarantined. Re-importing a file adds nothing twice.
Exit codes: 0 all rows imported or already present, 3 some rows were quarantined (listed with reasons in the Sources view), 1 the import failed, 2 bad usage.`,
  options: { db: { type: 'string' }, preset: { type: 'string' }, json: { type: 'boolean' } },
  allowPositionals: true,
  async run(values, files) {
    const presetName = (values.preset as string | undefined) ?? 'generic';
    if (files.length === 0) throw new UsageError('name at least one FILE to import');
    const core = await openCore({ dbPath: resolveDbPath(values.db as string | undefined) });
    const preset = await resolvePreset(core, presetName).catch(async (err: unknown) => {
      await core.close();
      throw err instanceof AppFailure ? new UsageError(err.message) : err;
    });
    const total = { imported: 0, duplicates: 0, quarantined: 0 };
    const tty = process.stderr.isTTY && !values.json;
    try {
      for (const file of files) {
        const r = await importFile(core.db, file, { preset, onProgress: tty ? printProgress : undefined });
        if (tty) process.stderr.write('\n');
        total.imported += r.imported;
        total.duplicates += r.duplicates;
        total.quarantined += r.quarantined;
        if (!values.json) process.stdout.write(`${file}: ${r.imported} imported, ${r.duplicates} duplicates, ${r.quarantined} quarantined\n`);
      }
    } catch (err) {
      if (err instanceof AppFailure) {
        process.stderr.write(`import failed: ${err.message}\n`);
        return 1;
      }
      throw err;
    } finally {
      await core.close();
    }
    if (values.json) process.stdout.write(`${JSON.stringify(total)}\n`);
    return total.quarantined > 0 ? 3 : 0;
  },
};
