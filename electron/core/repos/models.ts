import type { CrossValidationReport, SentimentModelInfo, SentimentModelKind } from '../../../shared/domain/sentiment';
import type { Queryable } from '../db/database';

interface ModelRow {
  id: number;
  kind: SentimentModelKind;
  name: string;
  created_at: number;
  cv_macro_f1: number | null;
  cv_report: string | null;
  examples: number | null;
  active: number;
  activated_at: number | null;
}

const INFO_COLUMNS = 'id, kind, name, created_at, cv_macro_f1, cv_report, examples, active, activated_at';

const toInfo = (r: ModelRow): SentimentModelInfo => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  createdAt: r.created_at,
  cvMacroF1: r.cv_macro_f1,
  cv: r.cv_report ? (JSON.parse(r.cv_report) as CrossValidationReport) : null,
  examples: r.examples,
  active: r.active === 1,
  activatedAt: r.activated_at,
});

/** A stored model with its JSON blob (null for the built-in scorer). */
export interface StoredModel {
  info: SentimentModelInfo;
  blob: string | null;
}

/** Every stored model, newest first (the built-in one last). */
export async function listModels(q: Queryable): Promise<SentimentModelInfo[]> {
  const rows = await q.all<ModelRow>(`SELECT ${INFO_COLUMNS} FROM sentiment_models ORDER BY id DESC`);
  return rows.map(toInfo);
}

/** One model with its blob, or undefined. */
export async function readModel(q: Queryable, id: number): Promise<StoredModel | undefined> {
  const r = await q.get<ModelRow & { blob: string | null }>(`SELECT ${INFO_COLUMNS}, blob FROM sentiment_models WHERE id = ?`, [id]);
  return r ? { info: toInfo(r), blob: r.blob } : undefined;
}

/** The active model with its blob. The migration seeds the built-in one, so there always is one. */
export async function readActiveModel(q: Queryable): Promise<StoredModel> {
  const r = await q.get<{ id: number }>('SELECT id FROM sentiment_models WHERE active = 1');
  const found = r ? await readModel(q, r.id) : undefined;
  if (!found) throw new Error('no active sentiment model (the sentiment_models table was edited by hand)');
  return found;
}

/** A trained model to store (inactive until switched on). */
export interface NewModel {
  name: string;
  createdAt: number;
  cv: CrossValidationReport;
  blob: string;
}

/** Stores a trained model, inactive; returns its id. */
export async function insertModel(q: Queryable, m: NewModel): Promise<number> {
  const r = await q.run(
    "INSERT INTO sentiment_models (kind, name, created_at, cv_macro_f1, cv_report, examples, active, blob) VALUES ('trained', ?, ?, ?, ?, ?, 0, ?)",
    [m.name, m.createdAt, m.cv.macroF1, JSON.stringify(m.cv), m.cv.examples, m.blob],
  );
  return r.lastID;
}

/** Makes `id` the one active model (run inside a transaction). Returns false when there is no such model. */
export async function setActiveModel(q: Queryable, id: number, now: number): Promise<boolean> {
  const exists = await q.get('SELECT 1 FROM sentiment_models WHERE id = ?', [id]);
  if (!exists) return false;
  await q.run('UPDATE sentiment_models SET active = 0 WHERE active = 1 AND id <> ?', [id]);
  await q.run('UPDATE sentiment_models SET active = 1, activated_at = ? WHERE id = ? AND active = 0', [now, id]);
  return true;
}
