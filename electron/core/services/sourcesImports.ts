import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { AppFailure } from '../../../shared/contract/result';
import type { ColumnMapping, FilePreview, ImportStarted, PresetInfo } from '../../../shared/domain/importMapping';
import type { Core } from '../core';
import { importFile } from '../ingest/importFile';
import { parseJsonLine } from '../ingest/jsonRecords';
import { mappedColumns, presetFromMapping } from '../ingest/mappingPreset';
import type { Preset } from '../ingest/preset';
import { findPreset, PRESETS } from '../ingest/presets';
import { findSavedPreset, listSavedPresets, saveMappingPreset } from '../repos/importPresets';
import { listImports } from '../repos/imports';
import { newScoringJobId } from '../sentiment/rescore';

/** Built-in presets and saved column mappings. */
export async function listPresets(core: Core): Promise<PresetInfo[]> {
  const builtIn = Object.values(PRESETS).map((p): PresetInfo => ({ name: p.name, description: p.description, builtIn: true, format: p.format ?? 'csv', mapping: null }));
  const saved = (await listSavedPresets(core.db)).map((p): PresetInfo => ({ name: p.name, description: p.description, builtIn: false, format: 'csv', mapping: p.mapping }));
  return [...builtIn, ...saved];
}

/** A built-in preset or a saved mapping by name; a not-found failure names the known ones. */
export async function resolvePreset(core: Core, name: string): Promise<Preset> {
  const builtIn = findPreset(name);
  if (builtIn) return builtIn;
  const saved = await findSavedPreset(core.db, name);
  if (saved) return presetFromMapping(saved.name, saved.mapping, saved.description);
  const known = (await listPresets(core)).map((p) => p.name).join(', ');
  throw new AppFailure('not-found', `unknown preset "${name}" (known: ${known})`, 'preset');
}

const isJsonl = (path: string): boolean => /\.(jsonl|ndjson)$/i.test(path);

async function firstCsvRows(path: string, rows: number): Promise<string[][]> {
  const out: string[][] = [];
  const parser = createReadStream(path).pipe(parse({ bom: true, to: rows + 1, relax_quotes: true, relax_column_count: true, skip_empty_lines: true }));
  for await (const rec of parser) out.push(rec as string[]);
  return out;
}

async function firstJsonRows(path: string, rows: number): Promise<{ header: string[]; rows: string[][] }> {
  const records: Record<string, string>[] = [];
  const lines = (await import('node:readline')).createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    if (++n > rows * 4 || records.length >= rows) break;
    const item = parseJsonLine(line, n, 0);
    if (item.kind === 'record') records.push(item.record);
  }
  lines.close();
  const header = [...new Set(records.flatMap((r) => Object.keys(r)))];
  return { header, rows: records.map((r) => header.map((h) => r[h] ?? '')) };
}

/** The header and first rows of a file on this machine, and the built-in presets that fit it. */
export async function previewFile(path: string, rows = 5): Promise<FilePreview> {
  const { size } = await stat(path).catch(() => {
    throw new AppFailure('not-found', `no such file: ${path}`, 'path');
  });
  const format = isJsonl(path) ? 'jsonl' : 'csv';
  let header: string[];
  let body: string[][];
  if (format === 'jsonl') ({ header, rows: body } = await firstJsonRows(path, rows));
  else [header = [], ...body] = await firstCsvRows(path, rows);
  header = header.map((h) => h.trim());
  const matchingPresets = Object.values(PRESETS)
    .filter((p) => (p.format ?? 'csv') === format && p.requiredColumns.every((c) => header.includes(c)))
    .map((p) => p.name);
  return { path, bytes: size, format, header, rows: body, matchingPresets };
}

/** What `imports.start` needs: a preset by name, or a column mapping (optionally saved for later). */
export interface StartRequest {
  path: string;
  preset?: string;
  mapping?: ColumnMapping;
  saveAs?: string;
}

const running = new WeakMap<Core, Map<number, AbortController>>();

async function presetOf(core: Core, req: StartRequest): Promise<Preset> {
  if (req.mapping) {
    const name = req.saveAs?.trim() || 'mapped';
    if (req.saveAs?.trim()) {
      if (findPreset(name)) throw new AppFailure('conflict', `"${name}" is a built-in preset; save the mapping under another name`, 'saveAs');
      await saveMappingPreset(core.db, { name, description: `saved column mapping (${mappedColumns(req.mapping).join(', ')})`, mapping: req.mapping }, core.now());
    }
    return presetFromMapping(name, req.mapping);
  }
  return resolvePreset(core, req.preset ?? 'generic');
}

/**
 * Starts importing a file on this machine in the background and answers with its import id as
 * soon as the header checks out. Progress and the end arrive as `imports.progressed`,
 * `posts.ingested` and `imports.finished` events; `imports.cancel` stops it at a batch boundary.
 */
export async function startImport(core: Core, req: StartRequest): Promise<ImportStarted> {
  const preset = await presetOf(core, req);
  const ctl = new AbortController();
  const jobs = running.get(core) ?? new Map<number, AbortController>();
  running.set(core, jobs);
  let ingested = 0;
  let scoringJob: number | undefined;
  const started = new Promise<number>((resolve, reject) => {
    const run = importFile(core.db, req.path, {
      preset,
      signal: ctl.signal,
      now: core.now,
      onStart: (id) => (jobs.set(id, ctl), resolve(id)),
      onProgress: (p) => {
        core.events.emit('imports.progressed', p);
        if (p.imported > ingested) core.events.emit('posts.ingested', { count: p.imported - ingested, at: core.now() });
        ingested = p.imported;
      },
      // The new posts are scored once the import ends; the finished event also makes the live
      // engine recount, so posts counted as "not scored" meanwhile get their labels.
      onScoring: (p) => core.events.emit('sentiment.rescored', { jobId: (scoringJob ??= newScoringJobId()), ...p }),
    });
    run.then(
      (report) => core.events.emit('imports.finished', report),
      (err: unknown) => {
        reject(err);
        // Failing after the start: the log already says failed; tell the windows too.
        void started
          .then(async (id) => {
            const report = (await listImports(core.db, 50)).find((i) => i.importId === id);
            if (report) core.events.emit('imports.finished', report);
          })
          .catch(() => undefined);
      },
    ).finally(() => void started.then((id) => jobs.delete(id), () => undefined));
  });
  return { importId: await started, preset: preset.name };
}

/**
 * Lets `imports.cancel` stop another kind of import (contact history) run in the background:
 * registers its controller under its import id; call the returned function when it ends.
 */
export function trackImportJob(core: Core, importId: number, ctl: AbortController): () => void {
  const jobs = running.get(core) ?? new Map<number, AbortController>();
  running.set(core, jobs);
  jobs.set(importId, ctl);
  return () => jobs.delete(importId);
}

/** Asks a running import to stop after the batch in hand; false when it is not running. */
export function cancelImport(core: Core, importId: number): { cancelled: boolean } {
  const ctl = running.get(core)?.get(importId);
  ctl?.abort();
  return { cancelled: !!ctl };
}
