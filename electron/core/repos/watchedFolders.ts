import { AppFailure } from '../../../shared/contract/result';
import type { WatchedFolder, WatchedFolderInput } from '../../../shared/domain/watchedFolder';
import type { Queryable } from '../db/database';

const toFolder = (r: { id: number; path: string; preset: string; enabled: number }): WatchedFolder => ({ id: r.id, path: r.path, preset: r.preset, enabled: r.enabled === 1 });

/** Every watched folder. */
export async function listWatchedFolders(q: Queryable): Promise<WatchedFolder[]> {
  return (await q.all<{ id: number; path: string; preset: string; enabled: number }>('SELECT id, path, preset, enabled FROM watched_folders ORDER BY path')).map(toFolder);
}

/** Adds (no id) or edits a watched folder; the same path twice is a conflict. Returns its id. */
export async function saveWatchedFolder(q: Queryable, f: WatchedFolderInput, now: number): Promise<number> {
  try {
    if (f.id === undefined) return (await q.run('INSERT INTO watched_folders (path, preset, enabled, created_at) VALUES (?, ?, ?, ?)', [f.path, f.preset, f.enabled ? 1 : 0, now])).lastID;
    const r = await q.run('UPDATE watched_folders SET path = ?, preset = ?, enabled = ? WHERE id = ?', [f.path, f.preset, f.enabled ? 1 : 0, f.id]);
    if (r.changes === 0) throw new AppFailure('not-found', `no watched folder with id ${f.id}`, 'id');
    return f.id;
  } catch (err) {
    if (err instanceof Error && /UNIQUE constraint failed: watched_folders\.path/.test(err.message)) throw new AppFailure('conflict', `${f.path} is already watched`, 'path');
    throw err;
  }
}
