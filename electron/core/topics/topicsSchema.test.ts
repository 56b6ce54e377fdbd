import { describe, expect, it } from 'vitest';
import { Db } from '../db/database';
import { migrate } from '../db/migrate';

async function at11(): Promise<Db> {
  const db = await Db.open(':memory:');
  await migrate(db, 11);
  await db.run("INSERT INTO sites (id, name, created_at) VALUES (1, 'twitter', 0), (2, 'forum', 0)");
  return db;
}

describe('migration 0011 (topic rule sets, alert thresholds)', () => {
  it('keeps one default set and one set per site', async () => {
    const db = await at11();
    const add = (site: number | null) => db.run('INSERT INTO topic_rule_sets (site_id, rules, updated_at) VALUES (?, ?, 0)', [site, '[]']);
    await add(null);
    await add(1);
    await add(2);
    await expect(add(null)).rejects.toThrow(/UNIQUE/);
    await expect(add(1)).rejects.toThrow(/UNIQUE/);
    expect(await db.all('SELECT site_id FROM topic_rule_sets ORDER BY ifnull(site_id, 0)')).toEqual([{ site_id: null }, { site_id: 1 }, { site_id: 2 }]);
    await db.close();
  });

  it.each([
    ['topic rules that are not JSON', 'INSERT INTO topic_rule_sets (site_id, rules, updated_at) VALUES (1, ?, 0)', 'not json'],
    ['topic rules that are not a list', 'INSERT INTO topic_rule_sets (site_id, rules, updated_at) VALUES (1, ?, 0)', '{"topic":"x"}'],
    ['thresholds that are not an object', 'INSERT INTO alert_rules (id, rules, updated_at) VALUES (1, ?, 0)', '[1]'],
    ['a second row of thresholds', 'INSERT INTO alert_rules (id, rules, updated_at) VALUES (2, ?, 0)', '{}'],
  ])('refuses %s', async (_name, sql, value) => {
    const db = await at11();
    await expect(db.run(sql, [value])).rejects.toThrow(/CHECK/);
    await db.close();
  });

  it('drops a site set with its site', async () => {
    const db = await at11();
    await db.run("INSERT INTO topic_rule_sets (site_id, rules, updated_at) VALUES (2, '[]', 0)");
    await db.run('DELETE FROM sites WHERE id = 2');
    expect(await db.all('SELECT site_id FROM topic_rule_sets')).toEqual([]);
    await db.close();
  });
});
