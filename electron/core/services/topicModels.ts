// topics.models / train / activate / deactivate / rollback / ofPost: learned topic models that a
// supervisor trains on a labelled file, checks (cross-validated F1), switches on per site or for
// the default, and rolls back.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Method } from '../../../shared/contract/api';
import { AppFailure } from '../../../shared/contract/result';
import type { PostTopics, TopicActivateRequest, TopicModelInfo, TopicModelsState, TopicTrainRequest } from '../../../shared/domain/topics';
import type { Core } from '../core';
import type { Queryable } from '../db/database';
import { liveOf } from '../live/liveRuntime';
import { listSites } from '../repos/sites';
import { insertTopicModelChoice, listTopicModelChoices, listTopicModels, readPostForTopics, readTopicModel, undoTopicModelChoice, type StoredTopicModel } from '../repos/topicModels';
import { modelsOfChoices } from '../topics/modelsInForce';
import { loadTopicBook, MAX_TOPIC_SLOTS, TopicBook } from '../topics/topicBook';
import { fitTopicModelFromCsv, storeTopicModel, TopicTrainingError } from '../topics/trainTopicModel';
import type { Handler } from './handlers';

/** The confidence a model's topic needs unless the activation says otherwise (see README: topic models). */
export const DEFAULT_MIN_CONFIDENCE = 0.5;

async function checkSite(q: Queryable, siteId: number | null | undefined): Promise<void> {
  if (siteId === null || siteId === undefined) return;
  if (!(await listSites(q)).some((s) => s.id === siteId)) throw new AppFailure('not-found', `no site with id ${siteId}`, 'siteId');
}

function infoOf(m: StoredTopicModel, usedBy: Array<number | null>): TopicModelInfo {
  const { cv, ...rest } = m;
  return { ...rest, accuracy: cv.accuracy, folds: cv.folds, foldMacroF1: cv.foldMacroF1, usedBy };
}

/** Every stored model (newest first) with where it is in force, and the choice of the default and of each site with its own. */
export async function readTopicModelsState(q: Queryable): Promise<TopicModelsState> {
  const [models, stored] = await Promise.all([listTopicModels(q), listTopicModelChoices(q)]);
  const def = stored.find((c) => c.siteId === null) ?? { siteId: null, modelId: null, minConfidence: DEFAULT_MIN_CONFIDENCE, chosenAt: null, chosenBy: null, canRollBack: false };
  const choices = [def, ...stored.filter((c) => c.siteId !== null)];
  const usedBy = (id: number): Array<number | null> => choices.filter((c) => c.modelId === id).map((c) => c.siteId);
  return { models: models.map((m) => infoOf(m, usedBy(m.id))), choices, defaultMinConfidence: DEFAULT_MIN_CONFIDENCE };
}

/** Runs `fn` on a file: the path sent, or the uploaded CSV text written to a temporary file. */
async function withTrainingFile<T>(req: TopicTrainRequest, fn: (file: string, sourceFile: string) => Promise<T>): Promise<T> {
  if ((req.file === undefined) === (req.csv === undefined)) throw new AppFailure('invalid-request', 'send either file (a path) or csv (the file\'s text), not both or neither', 'file');
  if (req.file !== undefined) return fn(req.file, basename(req.file));
  const dir = await mkdtemp(join(tmpdir(), 'lp-topics-'));
  try {
    const file = join(dir, 'upload.csv');
    await writeFile(file, req.csv ?? '');
    return await fn(file, basename(req.fileName?.trim() || 'uploaded.csv'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Trains a topic model on a labelled CSV (5-fold cross-validated on the worker thread) and stores
 * it switched off: its macro-F1 and per-topic F1 are shown before anyone switches it on.
 * Refuses unknown columns and fewer than two labels, naming them.
 */
export async function trainTopicModelFromRequest(core: Core, req: TopicTrainRequest): Promise<TopicModelInfo> {
  const id = await withTrainingFile(req, async (file, sourceFile) => {
    try {
      const fitted = await fitTopicModelFromCsv({ file, textColumn: req.textColumn, labelColumn: req.labelColumn });
      const at = core.now();
      const name = req.name?.trim() || `${sourceFile} · ${req.labelColumn} (${new Date(at).toISOString().slice(0, 16).replace('T', ' ')})`;
      return await storeTopicModel(core.db, fitted, { name, sourceFile, createdAt: at, createdBy: req.by?.trim() || null });
    } catch (err) {
      if (err instanceof TopicTrainingError) throw new AppFailure(err.field === 'file' ? 'not-found' : 'invalid-request', err.message.replace(file, sourceFile), err.field);
      throw err;
    }
  });
  return infoOf((await readTopicModel(core.db, id)) as StoredTopicModel, []);
}

/** Refuses a choice that would make the live counts keep more than MAX_TOPIC_SLOTS topics. */
async function refuseTooManyTopics(core: Core, next: { siteId: number | null; modelId: number; minConfidence: number }): Promise<void> {
  const book = await loadTopicBook(core.db);
  const choices = (await listTopicModelChoices(core.db)).filter((c) => c.siteId !== next.siteId);
  const models = await modelsOfChoices(core.db, [...choices, { ...next, chosenAt: 0, chosenBy: null, canRollBack: true }]);
  const n = new TopicBook(book.defaults, book.sites, book.defaultSource, models).countTopics();
  if (n > MAX_TOPIC_SLOTS) throw new AppFailure('invalid-request', `the rules and models in force together may define at most ${MAX_TOPIC_SLOTS} distinct topics (this would make ${n})`, 'modelId');
}

/** Rebuilds the live topic counts with the models now in force, and returns the new state. */
async function afterChoice(core: Core): Promise<TopicModelsState> {
  await liveOf(core).reloadTopics();
  return readTopicModelsState(core.db);
}

/**
 * Records a model as switched on for a site or the default (siteId null), after checking the site,
 * the model and the topic slots. A running live engine picks it up only through activateTopicModel;
 * the CLI, which runs none, calls this directly.
 */
export async function recordTopicModelChoice(core: Core, req: TopicActivateRequest): Promise<void> {
  await checkSite(core.db, req.siteId);
  if (!(await readTopicModel(core.db, req.modelId))) throw new AppFailure('not-found', `no topic model with id ${req.modelId}`, 'modelId');
  const minConfidence = req.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  await refuseTooManyTopics(core, { siteId: req.siteId, modelId: req.modelId, minConfidence });
  await insertTopicModelChoice(core.db, { siteId: req.siteId, modelId: req.modelId, minConfidence, at: core.now(), by: req.by?.trim() || null });
}

/** Switches a model on for a site or the default (siteId null); live counts and reports use it from now on. */
export async function activateTopicModel(core: Core, req: TopicActivateRequest): Promise<TopicModelsState> {
  await recordTopicModelChoice(core, req);
  return afterChoice(core);
}

/** Rules only for a site (even when the default uses a model) or for the default. */
export async function deactivateTopicModel(core: Core, req: { siteId: number | null; by?: string }): Promise<TopicModelsState> {
  await checkSite(core.db, req.siteId);
  await insertTopicModelChoice(core.db, { siteId: req.siteId, modelId: null, minConfidence: DEFAULT_MIN_CONFIDENCE, at: core.now(), by: req.by?.trim() || null });
  return afterChoice(core);
}

/**
 * Undoes the last choice of a site or the default: the one before applies again (for the first
 * choice: rules only for the default, the default's choice for a site). Refuses when there is none.
 */
export async function rollbackTopicModel(core: Core, req: { siteId: number | null }): Promise<TopicModelsState> {
  await checkSite(core.db, req.siteId);
  if (!(await undoTopicModelChoice(core.db, req.siteId, core.now()))) {
    throw new AppFailure('invalid-request', `nothing to roll back: ${req.siteId === null ? 'the default' : `site ${req.siteId}`} has no model choice`, 'siteId');
  }
  return afterChoice(core);
}

/** The topics of a stored post with its site's rules and model, each with why it applies. */
export async function topicsOfPost(core: Core, req: { postId: number }): Promise<PostTopics> {
  const post = await readPostForTopics(core.db, req.postId);
  if (!post) throw new AppFailure('not-found', `no post with id ${req.postId}`, 'postId');
  const book = await loadTopicBook(core.db);
  return { postId: req.postId, siteId: post.siteId, matches: book.classify(post.siteId, post.text) };
}

/** Handlers of the topic model methods, spread into TOPICS_HANDLERS. */
export const TOPIC_MODEL_HANDLERS: { [M in 'topics.models' | 'topics.train' | 'topics.activate' | 'topics.deactivate' | 'topics.rollback' | 'topics.ofPost']: Handler<M & Method> } = {
  'topics.models': (core) => readTopicModelsState(core.db),
  'topics.train': trainTopicModelFromRequest,
  'topics.activate': activateTopicModel,
  'topics.deactivate': deactivateTopicModel,
  'topics.rollback': rollbackTopicModel,
  'topics.ofPost': topicsOfPost,
};
