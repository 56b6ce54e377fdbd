import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { DroppedFileResult, WatchedFolder } from '../../../shared/domain/watchedFolder';
import type { Core } from '../core';
import { importFile } from '../ingest/importFile';
import { PRESETS } from '../ingest/presets';
import { resolvePreset } from '../services/sourcesImports';

/** File types a watched folder picks up. */
const IMPORTABLE = new Set(['.csv', '.jsonl', '.ndjson']);
/** A file changed more recently than this may still be being written; it waits for the next scan. */
export const SETTLE_MS = 2_000;

async function moveInto(dir: string, file: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  let target = join(dir, basename(file));
  if (await stat(target).then(() => true, () => false)) {
    const ext = extname(file);
    target = join(dir, `${basename(file, ext)}-${Date.now()}${ext}`);
  }
  await rename(file, target);
  return target;
}

async function settledFiles(folder: string, settleMs: number): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const e of entries) {
    if (!e.isFile() || e.name.startsWith('.') || !IMPORTABLE.has(extname(e.name).toLowerCase())) continue;
    const path = join(folder, e.name);
    const s = await stat(path).catch(() => null);
    // mtimeMs carries a fraction of a millisecond and Date.now() does not: floor it, or a file
    // written within the current millisecond reads as written in the future.
    if (s && Date.now() - Math.floor(s.mtimeMs) >= settleMs) files.push(path);
  }
  return files.sort();
}

/** Imports one dropped file and moves it to done/ (imported, even with quarantined rows) or failed/. */
async function takeFile(core: Core, folder: WatchedFolder, file: string): Promise<DroppedFileResult> {
  const jsonl = /\.(jsonl|ndjson)$/i.test(file);
  try {
    const preset = jsonl ? PRESETS.jsonl : await resolvePreset(core, folder.preset);
    const r = await importFile(core.db, file, { preset, now: core.now });
    if (r.imported > 0) core.events.emit('posts.ingested', { count: r.imported, at: core.now() });
    core.events.emit('imports.finished', r);
    const movedTo = await moveInto(join(folder.path, 'done'), file);
    return { file, outcome: 'done', imported: r.imported, duplicates: r.duplicates, quarantined: r.quarantined, error: null, movedTo };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    const movedTo = await moveInto(join(folder.path, 'failed'), file).catch(() => null);
    if (movedTo) await writeFile(`${movedTo}.error.txt`, `${error}\n`).catch(() => undefined);
    return { file, outcome: 'failed', imported: 0, duplicates: 0, quarantined: 0, error, movedTo };
  }
}

/**
 * Imports every settled CSV or JSON Lines file in a watched folder once, oldest name first, then
 * moves it to `done/` or `failed/` (with a `.error.txt` beside it saying why). A file whose import
 * was cut short stays where it is and is completed on the next scan; nothing lands twice.
 */
export async function scanFolder(core: Core, folder: WatchedFolder, settleMs = SETTLE_MS): Promise<DroppedFileResult[]> {
  const out: DroppedFileResult[] = [];
  for (const file of await settledFiles(folder.path, settleMs)) out.push(await takeFile(core, folder, file));
  return out;
}
