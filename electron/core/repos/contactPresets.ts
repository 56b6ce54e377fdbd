import type { ContactColumnMapping } from '../../../shared/domain/contactImport';
import type { Queryable } from '../db/database';

/** A contact-history column mapping saved under a name. */
export interface SavedContactPreset {
  name: string;
  description: string;
  mapping: ContactColumnMapping;
}

/** Every saved contact-history mapping, by name. */
export async function listSavedContactPresets(q: Queryable): Promise<SavedContactPreset[]> {
  const rows = await q.all<{ name: string; description: string; mapping: string }>('SELECT name, description, mapping FROM contact_presets ORDER BY name');
  return rows.map((r) => ({ name: r.name, description: r.description, mapping: JSON.parse(r.mapping) as ContactColumnMapping }));
}

/** One saved mapping, or undefined. */
export async function findSavedContactPreset(q: Queryable, name: string): Promise<SavedContactPreset | undefined> {
  const r = await q.get<{ name: string; description: string; mapping: string }>('SELECT name, description, mapping FROM contact_presets WHERE name = ?', [name]);
  return r && { name: r.name, description: r.description, mapping: JSON.parse(r.mapping) as ContactColumnMapping };
}

/** Saves (or replaces) a named contact-history mapping. */
export async function saveContactPreset(q: Queryable, p: SavedContactPreset, now: number): Promise<void> {
  await q.run(
    'INSERT INTO contact_presets (name, description, mapping, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET description = excluded.description, mapping = excluded.mapping',
    [p.name, p.description, JSON.stringify(p.mapping), now],
  );
}
