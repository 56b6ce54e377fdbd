import type { Method, Req } from '../../../shared/contract/api';
import { AppFailure } from '../../../shared/contract/result';
import type { PostPage } from '../../../shared/domain/post';
import type { ActivationResult, SentimentCorrection, SentimentExplanation, SentimentModelInfo } from '../../../shared/domain/sentiment';
import type { Core } from '../core';
import type { Handler } from './handlers';
import { insertCorrection, listCorrections } from '../repos/corrections';
import { listModels, readModel, setActiveModel } from '../repos/models';
import { searchPosts } from '../repos/posts';
import { readScore } from '../repos/scores';
import { reasonsOf } from '../sentiment/explain';
import { activeScorer, ensureScored, scorePostTexts } from '../sentiment/pipeline';
import { startRescore } from '../sentiment/rescore';
import { retrainFromCorrections } from '../sentiment/retrain';

/**
 * `posts.search` with every listed post scored: posts not scored yet are scored on the way out
 * with the active model, and their scores are stored without holding up the answer (the write
 * queues behind an import's batch, which made a search during a 1M-row import take 3× longer).
 */
export async function searchScoredPosts(core: Core, req: Req<'posts.search'>): Promise<PostPage> {
  const page = await searchPosts(core.db, req);
  const unscored = page.items.filter((p) => !p.sentiment);
  if (unscored.length === 0) return page;
  const now = core.now();
  const scores = scorePostTexts(await activeScorer(core.db), unscored, now);
  unscored.forEach((p, i) => (p.sentiment = { label: scores[i].label, score: scores[i].score, confidence: scores[i].confidence, correctedLabel: null }));
  // The same scorer and texts, so what is stored is what was shown; failures leave the lazy path to try again.
  void ensureScored(core.db, unscored.map((p) => p.id), now).catch(() => undefined);
  return page;
}

async function postText(core: Core, postId: number): Promise<string> {
  const row = await core.db.get<{ text: string }>('SELECT text FROM posts WHERE id = ?', [postId]);
  if (!row) throw new AppFailure('not-found', `no post with id ${postId}`, 'postId');
  return row.text;
}

/** `sentiment.explain`: a post's score, the evidence behind it, the model, and its corrections. */
export async function explainPost(core: Core, req: Req<'sentiment.explain'>): Promise<SentimentExplanation> {
  const text = await postText(core, req.postId);
  await ensureScored(core.db, [req.postId], core.now());
  const score = await readScore(core.db, req.postId);
  if (!score) throw new AppFailure('not-found', `post ${req.postId} could not be scored`, 'postId');
  const model = (await readModel(core.db, score.modelId))?.info;
  const corrections = await listCorrections(core.db, req.postId);
  return {
    postId: req.postId,
    text,
    label: score.label,
    score: score.score,
    confidence: score.confidence,
    correctedLabel: corrections[0]?.label ?? null,
    language: score.language,
    reasons: await reasonsOf(core.db, score, text),
    model: { id: score.modelId, name: model?.name ?? 'deleted model', kind: model?.kind ?? 'trained' },
    scoredAt: score.scoredAt,
    corrections,
  };
}

/** `sentiment.correct`: stores a supervisor's label for a post (kept alongside the model's). */
export async function correctPost(core: Core, req: Req<'sentiment.correct'>): Promise<SentimentCorrection> {
  await postText(core, req.postId);
  const c: SentimentCorrection = { postId: req.postId, label: req.label, by: req.by?.trim() || 'supervisor', at: core.now() };
  await insertCorrection(core.db, c);
  core.events.emit('sentiment.corrected', c);
  return c;
}

/** `sentiment.models`: every stored model, newest first, with its cross-validated figures. */
export function listSentimentModels(core: Core): Promise<SentimentModelInfo[]> {
  return listModels(core.db);
}

/** `sentiment.retrain`: fits a model on the corrections (plus a labelled file) and stores it switched off. */
export function retrainSentiment(core: Core, req: Req<'sentiment.retrain'>): Promise<SentimentModelInfo> {
  return retrainFromCorrections(core, req);
}

/** `sentiment.activate`: switches a model on (or back: rollback) and starts rescoring stored posts. */
export async function activateSentimentModel(core: Core, req: Req<'sentiment.activate'>): Promise<ActivationResult> {
  const found = await core.db.transaction((tx) => setActiveModel(tx, req.modelId, core.now()));
  if (!found) throw new AppFailure('not-found', `no sentiment model with id ${req.modelId}`, 'modelId');
  const rescore = await startRescore(core);
  const active = (await readModel(core.db, req.modelId))?.info as SentimentModelInfo;
  return { active, rescore };
}

/** The handlers of the sentiment.* methods, spread into HANDLERS. */
export const SENTIMENT_HANDLERS: { [M in Extract<Method, `sentiment.${string}`>]: Handler<M> } = {
  'sentiment.explain': explainPost,
  'sentiment.correct': correctPost,
  'sentiment.models': listSentimentModels,
  'sentiment.retrain': retrainSentiment,
  'sentiment.activate': activateSentimentModel,
};
