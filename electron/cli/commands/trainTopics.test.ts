import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Db } from '../../core/db/database';
import { migrate } from '../../core/db/migrate';
import { tempFile } from '../../core/testing/fixtures';
import { REASON_ROWS } from '../../core/topics/topicFixtures';
import { runCliCaptured } from '../testing';

afterEach(() => vi.restoreAllMocks());

const cli = runCliCaptured;

const csv = `text,negativereason\n${REASON_ROWS.map(([t, r]) => `"${t}",${r}`).join('\n')}\ngreat crew thanks,\n`;

async function dbWithSite(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'lp-train-topics-')), 'lp.sqlite');
  const db = await Db.open(file);
  await migrate(db);
  await db.run("INSERT INTO sites (id, name, created_at) VALUES (1, 'twitter', 0)");
  await db.close();
  return file;
}

async function rowsOf(file: string, sql: string): Promise<unknown[]> {
  const db = await Db.open(file);
  try {
    return await db.all(sql);
  } finally {
    await db.close();
  }
}

describe('train-topics', () => {
  it('prints the cross-validated macro-F1 over the reasons and per-topic F1, and writes the model', async () => {
    const input = tempFile('reasons.csv', csv);
    const out = `${input}.model.json`;
    const r = await cli('train-topics', '--input', input, '--label-column', 'negativereason', '--out', out, '--folds', '3');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^cross-validated macro-F1 over 2 reasons: \d\.\d{4} \(3-fold, 10 examples; 1 rows without a reason skipped\)/);
    expect(r.out).toMatch(/per topic F1: Late Flight \d\.\d\d, Lost Luggage \d\.\d\d/);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ format: 'listening-post/topic-linear@1', labels: ['late-flight', 'lost-luggage'], names: ['Late Flight', 'Lost Luggage'] });
  });

  it.each([
    [[], null, 'no --activate'],
    [['--activate'], null, 'the default'],
    [['--activate', '--site', 'twitter'], 1, 'site twitter'],
  ])('stores the model in --db %j, switched on for %s', async (extra, siteId, where) => {
    const db = await dbWithSite();
    const r = await cli('train-topics', '--input', tempFile('reasons.csv', csv), '--label-column', 'negativereason', '--db', db, ...extra);
    expect(r.code).toBe(0);
    expect(r.out).toContain(extra.length ? `stored as topic model #1, switched on for ${where}` : 'stored as topic model #1 (switched off)');
    expect(await rowsOf(db, 'SELECT id, source_file, examples FROM topic_models')).toEqual([{ id: 1, source_file: 'reasons.csv', examples: 10 }]);
    expect(await rowsOf(db, 'SELECT site_id, model_id FROM topic_model_choices')).toEqual(extra.length ? [{ site_id: siteId, model_id: 1 }] : []);
  });

  it.each([
    [['--activate'], 2, '--activate needs --db FILE'],
    [['--out', 'm.json', '--site', 'twitter'], 2, '--site NAME goes with --activate'],
    [[], 2, '--out MODEL.json is required'], // without --db
  ])('refuses %j', async (extra, code, message) => {
    const r = await cli('train-topics', '--input', tempFile('reasons.csv', csv), ...extra);
    expect(r.code).toBe(code);
    expect(r.err).toContain(message);
  });

  it('refuses an unknown site, keeping the model switched off', async () => {
    const db = await dbWithSite();
    const r = await cli('train-topics', '--input', tempFile('reasons.csv', csv), '--label-column', 'negativereason', '--db', db, '--activate', '--site', 'forum');
    expect(r.code).toBe(1);
    expect(r.err).toContain('no site named "forum" (the model was stored as #1, switched off)');
    expect(await rowsOf(db, 'SELECT count(*) AS n FROM topic_model_choices')).toEqual([{ n: 0 }]);
  });

  it('refuses a file without the reason column, naming it', async () => {
    const r = await cli('train-topics', '--input', tempFile('noreason.csv', csv), '--out', tempFile('m.json', ''));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/missing column "reason"/);
  });
});
