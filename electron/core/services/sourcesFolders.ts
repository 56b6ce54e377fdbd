import { stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { AppFailure } from '../../../shared/contract/result';
import type { DroppedFileResult, WatchedFolder, WatchedFolderInput } from '../../../shared/domain/watchedFolder';
import { scanFolder } from '../connectors/watchedFolder';
import type { Core } from '../core';
import { listWatchedFolders, saveWatchedFolder } from '../repos/watchedFolders';
import { resolvePreset } from './sourcesImports';

/** Adds or edits a watched folder: it must exist, and its preset must be known. */
export async function saveFolder(core: Core, input: WatchedFolderInput): Promise<WatchedFolder> {
  const path = resolve(input.path.trim());
  if (!isAbsolute(path)) throw new AppFailure('invalid-request', 'give the folder as a full path', 'path');
  const s = await stat(path).catch(() => null);
  if (!s?.isDirectory()) throw new AppFailure('not-found', `no such folder: ${path}`, 'path');
  await resolvePreset(core, input.preset);
  const id = await saveWatchedFolder(core.db, { ...input, path }, core.now());
  return (await listWatchedFolders(core.db)).find((f) => f.id === id) as WatchedFolder;
}

/** Scans every enabled watched folder once; a missing folder is skipped, not fatal. */
export async function scanWatchedFolders(core: Core, settleMs?: number): Promise<DroppedFileResult[]> {
  const out: DroppedFileResult[] = [];
  for (const folder of await listWatchedFolders(core.db)) {
    if (!folder.enabled) continue;
    out.push(...(await scanFolder(core, folder, settleMs).catch(() => [])));
  }
  return out;
}
