// The learned topic models in force for the default and each site, parsed once per stored model.
import type { TopicModelChoice } from '../../../shared/domain/topics';
import type { TopicModel } from '../../../shared/sentiment/topicModel';
import type { Queryable } from '../db/database';
import { listTopicModelChoices, readTopicModel, readTopicModelJson } from '../repos/topicModels';

/** A model switched on for a scope, with the confidence a post needs to get its topic. */
export interface ActiveTopicModel {
  id: number;
  name: string;
  model: TopicModel;
  minConfidence: number;
}

/** The model of the default (null: rules only) and of each site with its own choice (null: rules only). */
export interface TopicModelsInForce {
  defaults: ActiveTopicModel | null;
  sites: ReadonlyMap<number, ActiveTopicModel | null>;
}

/** No model anywhere: every site classifies with rules only. */
export const NO_TOPIC_MODELS: TopicModelsInForce = { defaults: null, sites: new Map() };

/** Reads a stored model's JSON, refusing anything that is not a topic model written by `train-topics` or `topics.train`. */
export function parseTopicModelJson(json: string, source: string): TopicModel {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    throw new Error(`${source} is not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const m = value as Partial<TopicModel> | null;
  if (!m || m.format !== 'listening-post/topic-linear@1' || !Array.isArray(m.labels) || !Array.isArray(m.weights) || !Array.isArray(m.index)) {
    throw new Error(`${source} is not a topic model (format listening-post/topic-linear@1)`);
  }
  return m as TopicModel;
}

// A model's JSON is megabytes: keep the last few parsed, keyed by what identifies a stored row
// (rows are never changed once written).
const parsed = new Map<string, TopicModel>();
const KEEP = 4;

async function loadModel(q: Queryable, id: number): Promise<{ name: string; model: TopicModel } | null> {
  const info = await readTopicModel(q, id);
  if (!info) return null;
  const key = `${id}|${info.createdAt}|${info.examples}|${info.macroF1}|${info.name}`;
  let model = parsed.get(key);
  if (!model) {
    model = parseTopicModelJson((await readTopicModelJson(q, id)) ?? '', `topic model ${id}`);
    parsed.set(key, model);
    if (parsed.size > KEEP) parsed.delete(parsed.keys().next().value as string);
  }
  return { name: info.name, model };
}

/** The models in force for the given choices (as listTopicModelChoices returns them). */
export async function modelsOfChoices(q: Queryable, choices: readonly TopicModelChoice[]): Promise<TopicModelsInForce> {
  const active = async (c: TopicModelChoice): Promise<ActiveTopicModel | null> => {
    const found = c.modelId === null ? null : await loadModel(q, c.modelId);
    return found && c.modelId !== null ? { id: c.modelId, ...found, minConfidence: c.minConfidence } : null;
  };
  const def = choices.find((c) => c.siteId === null);
  const sites = new Map<number, ActiveTopicModel | null>();
  for (const c of choices) if (c.siteId !== null) sites.set(c.siteId, await active(c));
  return { defaults: def ? await active(def) : null, sites };
}

/** The models in force now. */
export async function loadTopicModelsInForce(q: Queryable): Promise<TopicModelsInForce> {
  return modelsOfChoices(q, await listTopicModelChoices(q));
}
