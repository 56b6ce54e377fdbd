import { AppFailure } from '../../../shared/contract/result';
import type { ContactFilePreview, ContactImportRequest, ContactPresetInfo } from '../../../shared/domain/contactImport';
import type { ImportStarted } from '../../../shared/domain/importMapping';
import type { ContactPreset } from '../contacts/contactPreset';
import { importContactsFile } from '../contacts/importContacts';
import { contactPresetFromMapping, mappedContactColumns } from '../contacts/mappedContacts';
import { CONTACT_PRESETS, findContactPreset } from '../contacts/presets';
import type { Core } from '../core';
import { findSavedContactPreset, listSavedContactPresets, saveContactPreset } from '../repos/contactPresets';
import { listImports } from '../repos/imports';
import { previewFile, trackImportJob } from './sourcesImports';

/** Built-in contact presets, then saved column mappings. */
export async function listContactPresets(core: Core): Promise<ContactPresetInfo[]> {
  const builtIn = Object.values(CONTACT_PRESETS).map((p): ContactPresetInfo => ({ name: p.name, description: p.description, builtIn: true, requiredColumns: p.requiredColumns, mapping: null }));
  const saved = (await listSavedContactPresets(core.db)).map((p): ContactPresetInfo => ({ name: p.name, description: p.description, builtIn: false, requiredColumns: mappedContactColumns(p.mapping), mapping: p.mapping }));
  return [...builtIn, ...saved];
}

/** A built-in contact preset or a saved mapping by name; a not-found failure names the known ones. */
export async function resolveContactPreset(core: Core, name: string): Promise<ContactPreset> {
  const builtIn = findContactPreset(name);
  if (builtIn) return builtIn;
  const saved = await findSavedContactPreset(core.db, name);
  if (saved) return contactPresetFromMapping(saved.name, saved.mapping, saved.description);
  const known = (await listContactPresets(core)).map((p) => p.name).join(', ');
  throw new AppFailure('not-found', `unknown contact preset "${name}" (known: ${known})`, 'preset');
}

/** The header and first rows of a helpdesk export, and the contact presets whose columns it has. */
export async function previewContactsFile(core: Core, req: { path: string; rows?: number }): Promise<ContactFilePreview> {
  const p = await previewFile(req.path, req.rows ?? 5);
  if (p.format !== 'csv') throw new AppFailure('invalid-request', 'contact history is imported from CSV exports; this file looks like JSON Lines', 'path');
  const presets = await listContactPresets(core);
  const matchingPresets = presets.filter((x) => x.requiredColumns.every((c) => p.header.includes(c))).map((x) => x.name);
  return { path: p.path, bytes: p.bytes, header: p.header, rows: p.rows, matchingPresets };
}

async function presetOf(core: Core, req: ContactImportRequest): Promise<ContactPreset> {
  if (!req.mapping) return resolveContactPreset(core, req.preset ?? '');
  const name = req.saveAs?.trim();
  if (!name) return contactPresetFromMapping('mapped', req.mapping);
  if (findContactPreset(name)) throw new AppFailure('conflict', `"${name}" is a built-in preset; save the mapping under another name`, 'saveAs');
  const preset = contactPresetFromMapping(name, req.mapping);
  await saveContactPreset(core.db, { name, description: preset.description, mapping: req.mapping }, core.now());
  return preset;
}

/** Saves a mapping as a named contact preset without importing (the CLI's --save-preset). */
export async function saveContactMapping(core: Core, name: string, mapping: NonNullable<ContactImportRequest['mapping']>): Promise<ContactPresetInfo> {
  await presetOf(core, { path: '', mapping, saveAs: name });
  return (await listContactPresets(core)).find((p) => p.name === name.trim()) as ContactPresetInfo;
}

/**
 * Starts importing a helpdesk export in the background and answers with the import id once the
 * header checks out (a file in another layout fails here, naming the missing columns). Progress
 * and the end arrive as `imports.progressed` and `imports.finished`, as for post imports, and
 * `imports.cancel` stops it at a batch boundary.
 */
export async function startContactImport(core: Core, req: ContactImportRequest): Promise<ImportStarted> {
  if (!req.preset && !req.mapping) throw new AppFailure('invalid-request', 'choose a preset or map the columns', 'preset');
  const preset = await presetOf(core, req);
  const ctl = new AbortController();
  let untrack = (): void => undefined;
  const started = new Promise<number>((resolve, reject) => {
    const run = importContactsFile(core.db, req.path, {
      preset,
      signal: ctl.signal,
      now: core.now,
      onStart: (id) => {
        untrack = trackImportJob(core, id, ctl);
        resolve(id);
      },
      onProgress: (p) => core.events.emit('imports.progressed', p),
    });
    const finish = async (): Promise<void> => {
      untrack();
      const id = await started.catch(() => null);
      const report = id === null ? undefined : (await listImports(core.db, 50)).find((i) => i.importId === id);
      if (report) core.events.emit('imports.finished', report);
    };
    // The import log already says how it ended; a window only misses the event if the core closed meanwhile.
    run.then(finish, (err: unknown) => {
      reject(err);
      return finish();
    }).catch(() => undefined);
  });
  return { importId: await started, preset: preset.name };
}
