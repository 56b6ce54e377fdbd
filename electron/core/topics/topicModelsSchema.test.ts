import { describe, expect, it } from 'vitest';
import { Db } from '../db/database';
import { migrate } from '../db/migrate';

async function at14(): Promise<Db> {
  const db = await Db.open(':memory:');
  await migrate(db, 14);
  await db.run("INSERT INTO sites (id, name, created_at) VALUES (1, 'twitter', 0), (2, 'forum', 0)");
  await db.run(`INSERT INTO topic_models (id, name, created_at, source_file, examples, topics, cv_macro_f1, cv_report, model)
    VALUES (1, 'm', 0, 'reasons.csv', 10, '[]', 0.5, '{}', '{}')`);
  return db;
}

const choose = (db: Db, site: number | null, model: number | null, min = 0.6) =>
  db.run('INSERT INTO topic_model_choices (site_id, model_id, min_confidence, chosen_at) VALUES (?, ?, ?, 0)', [site, model, min]);

describe('migration 0014 (topic models, their choices, per-site alert thresholds)', () => {
  it.each([
    ['a model that is not JSON', "INSERT INTO topic_models (name, created_at, source_file, examples, topics, cv_macro_f1, cv_report, model) VALUES ('m', 0, 'f', 1, '[]', 0, '{}', 'nope')"],
    ['topics that are not a list', "INSERT INTO topic_models (name, created_at, source_file, examples, topics, cv_macro_f1, cv_report, model) VALUES ('m', 0, 'f', 1, '{}', 0, '{}', '{}')"],
    ['a model without examples', "INSERT INTO topic_models (name, created_at, source_file, examples, topics, cv_macro_f1, cv_report, model) VALUES ('m', 0, 'f', 0, '[]', 0, '{}', '{}')"],
    ['a confidence of 1', 'INSERT INTO topic_model_choices (site_id, model_id, min_confidence, chosen_at) VALUES (NULL, 1, 1, 0)'],
    ['site thresholds that are not an object', "INSERT INTO alert_rule_sites (site_id, rules, updated_at) VALUES (1, '[]', 0)"],
  ])('refuses %s', async (_name, sql) => {
    const db = await at14();
    await expect(db.run(sql)).rejects.toThrow(/CHECK/);
    await db.close();
  });

  it('keeps a stack of choices per scope and refuses an unknown model', async () => {
    const db = await at14();
    await choose(db, null, 1);
    await choose(db, 1, null);
    await choose(db, 1, 1);
    await expect(choose(db, 2, 99)).rejects.toThrow(/FOREIGN KEY/);
    expect(await db.all('SELECT site_id, model_id FROM topic_model_choices ORDER BY id')).toEqual([
      { site_id: null, model_id: 1 },
      { site_id: 1, model_id: null },
      { site_id: 1, model_id: 1 },
    ]);
    await db.close();
  });

  it('drops choices and site thresholds with their site, and choices with their model', async () => {
    const db = await at14();
    await choose(db, null, 1);
    await choose(db, 2, 1);
    await db.run("INSERT INTO alert_rule_sites (site_id, rules, updated_at) VALUES (2, '{\"spikeFactor\":3}', 0)");
    await db.run('DELETE FROM sites WHERE id = 2');
    expect(await db.all('SELECT site_id FROM topic_model_choices')).toEqual([{ site_id: null }]);
    expect(await db.all('SELECT site_id FROM alert_rule_sites')).toEqual([]);
    await db.run('DELETE FROM topic_models WHERE id = 1');
    expect(await db.all('SELECT site_id FROM topic_model_choices')).toEqual([]);
    await db.close();
  });
});
