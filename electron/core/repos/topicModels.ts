// Learned topic models (switched off when stored) and which one each scope uses: the default
// (site_id NULL) or a site; a stack of choices per scope, the newest not undone in force.
import type { TopicModelChoice, TopicModelTopic } from '../../../shared/domain/topics';
import type { Queryable } from '../db/database';

/** A stored model's figures, without its weights. */
export interface StoredTopicModel {
  id: number;
  name: string;
  createdAt: number;
  createdBy: string | null;
  sourceFile: string;
  examples: number;
  topics: TopicModelTopic[];
  macroF1: number;
  cv: { folds: number; foldMacroF1: number[]; accuracy: number; confusion: { labels: string[]; counts: number[][] } };
}

interface ModelRow {
  id: number;
  name: string;
  created_at: number;
  created_by: string | null;
  source_file: string;
  examples: number;
  topics: string;
  cv_macro_f1: number;
  cv_report: string;
}

const COLUMNS = 'id, name, created_at, created_by, source_file, examples, topics, cv_macro_f1, cv_report';

const toStored = (r: ModelRow): StoredTopicModel => ({
  id: r.id,
  name: r.name,
  createdAt: r.created_at,
  createdBy: r.created_by,
  sourceFile: r.source_file,
  examples: r.examples,
  topics: JSON.parse(r.topics) as TopicModelTopic[],
  macroF1: r.cv_macro_f1,
  cv: JSON.parse(r.cv_report) as StoredTopicModel['cv'],
});

/** A model to store: its figures and its JSON. */
export type NewTopicModel = Omit<StoredTopicModel, 'id'> & { modelJson: string };

/** Stores a trained model (in use nowhere until chosen); returns its id. */
export async function insertTopicModel(q: Queryable, m: NewTopicModel): Promise<number> {
  const r = await q.run(
    `INSERT INTO topic_models (name, created_at, created_by, source_file, examples, topics, cv_macro_f1, cv_report, model)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [m.name, m.createdAt, m.createdBy, m.sourceFile, m.examples, JSON.stringify(m.topics), m.macroF1, JSON.stringify(m.cv), m.modelJson],
  );
  return r.lastID;
}

/** Every stored model's figures, newest first. */
export async function listTopicModels(q: Queryable): Promise<StoredTopicModel[]> {
  return (await q.all<ModelRow>(`SELECT ${COLUMNS} FROM topic_models ORDER BY id DESC`)).map(toStored);
}

/** One model's figures, or undefined. */
export async function readTopicModel(q: Queryable, id: number): Promise<StoredTopicModel | undefined> {
  const r = await q.get<ModelRow>(`SELECT ${COLUMNS} FROM topic_models WHERE id = ?`, [id]);
  return r ? toStored(r) : undefined;
}

/** A model's JSON (the weights), or undefined. */
export async function readTopicModelJson(q: Queryable, id: number): Promise<string | undefined> {
  return (await q.get<{ model: string }>('SELECT model FROM topic_models WHERE id = ?', [id]))?.model;
}

interface ChoiceRow {
  site_id: number | null;
  model_id: number | null;
  min_confidence: number;
  chosen_at: number;
  chosen_by: string | null;
  depth: number;
}

/**
 * The choice in force of every scope that has one (the default, site null, first; then by site):
 * the newest row not undone. `canRollBack` is always true here: undoing it restores the one before
 * (or, for the last one, rules only for the default and the default's choice for a site).
 */
export async function listTopicModelChoices(q: Queryable): Promise<TopicModelChoice[]> {
  const rows = await q.all<ChoiceRow>(
    `SELECT c.site_id, c.model_id, c.min_confidence, c.chosen_at, c.chosen_by, s.depth
     FROM (SELECT ifnull(site_id, 0) AS scope, max(id) AS id, count(*) AS depth FROM topic_model_choices WHERE undone_at IS NULL GROUP BY 1) s
     JOIN topic_model_choices c ON c.id = s.id ORDER BY s.scope`,
  );
  return rows.map((r) => ({ siteId: r.site_id, modelId: r.model_id, minConfidence: r.min_confidence, chosenAt: r.chosen_at, chosenBy: r.chosen_by, canRollBack: r.depth > 0 }));
}

/** A new choice for a scope (siteId null: the default; modelId null: rules only), in force at once. */
export async function insertTopicModelChoice(q: Queryable, c: { siteId: number | null; modelId: number | null; minConfidence: number; at: number; by: string | null }): Promise<void> {
  await q.run('INSERT INTO topic_model_choices (site_id, model_id, min_confidence, chosen_at, chosen_by) VALUES (?, ?, ?, ?, ?)', [c.siteId, c.modelId, c.minConfidence, c.at, c.by]);
}

/** Undoes the choice in force of a scope, so the one before applies again; false when the scope has none. */
export async function undoTopicModelChoice(q: Queryable, siteId: number | null, at: number): Promise<boolean> {
  const r = await q.run(
    `UPDATE topic_model_choices SET undone_at = ? WHERE id =
       (SELECT max(id) FROM topic_model_choices WHERE ifnull(site_id, 0) = ? AND undone_at IS NULL)`,
    [at, siteId ?? 0],
  );
  return r.changes === 1;
}

/** A post's site and text, to classify its topics; undefined when there is no such post. */
export async function readPostForTopics(q: Queryable, postId: number): Promise<{ siteId: number; text: string } | undefined> {
  const r = await q.get<{ site_id: number; text: string }>('SELECT site_id, text FROM posts WHERE id = ?', [postId]);
  return r ? { siteId: r.site_id, text: r.text } : undefined;
}
