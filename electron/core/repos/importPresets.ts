import type { ColumnMapping } from '../../../shared/domain/importMapping';
import type { Queryable } from '../db/database';

/** A column mapping saved under a name. */
export interface SavedPreset {
  name: string;
  description: string;
  mapping: ColumnMapping;
}

/** Every saved column mapping, by name. */
export async function listSavedPresets(q: Queryable): Promise<SavedPreset[]> {
  const rows = await q.all<{ name: string; description: string; mapping: string }>('SELECT name, description, mapping FROM import_presets ORDER BY name');
  return rows.map((r) => ({ name: r.name, description: r.description, mapping: JSON.parse(r.mapping) as ColumnMapping }));
}

/** One saved mapping, or undefined. */
export async function findSavedPreset(q: Queryable, name: string): Promise<SavedPreset | undefined> {
  return (await listSavedPresets(q)).find((p) => p.name === name);
}

/** Saves (or replaces) a named column mapping. */
export async function saveMappingPreset(q: Queryable, p: SavedPreset, now: number): Promise<void> {
  await q.run('INSERT OR REPLACE INTO import_presets (name, description, mapping, created_at) VALUES (?, ?, ?, ?)', [p.name, p.description, JSON.stringify(p.mapping), now]);
}
