import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core } from '../core';

/** An in-memory core migrated to the latest schema, with a fixed clock. */
export function memoryCore(now = 1_700_000_000_000): Promise<Core> {
  return openCore({ dbPath: ':memory:', now: () => now });
}

/** Writes a file into a fresh temp folder and returns its path. */
export function tempFile(name: string, content: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'lp-test-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A generic CSV with a header and the given rows (already CSV-formatted). */
export function genericCsv(rows: string[]): string {
  return ['id,site,author,created_at,text,in_reply_to,url,author_followers', ...rows].join('\n') + '\n';
}
