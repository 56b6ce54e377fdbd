import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

/** The repository root, found from this file's place in it. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Path of a file in ../shared/data (real, non-commercial data: tests and benches only, never bundled). */
export function sharedDataPath(...parts: string[]): string {
  return resolve(REPO_ROOT, '..', 'shared', 'data', ...parts);
}

/** Reads a CSV of ../shared/data into records with csv-parse, independently of the import path. */
export function readSharedCsv(...parts: string[]): Record<string, string>[] {
  return parse(readFileSync(sharedDataPath(...parts)), { columns: true, bom: true }) as Record<string, string>[];
}
