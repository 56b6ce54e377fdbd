import type { TopicMatch } from '../sentiment/topics';
import type { TopicRule } from '../sentiment/topicRules';

/** Where a site's topic rules come from. */
export type TopicRuleSource = 'site' | 'default' | 'built-in';

/**
 * The topic rules in force for a site (or the default set when `siteId` is null): the site's own
 * set, else the saved default set, else the built-in rules the app ships with.
 */
export interface TopicRuleSet {
  siteId: number | null;
  source: TopicRuleSource;
  rules: TopicRule[];
  updatedAt: number | null;
  updatedBy: string | null;
  /** Sites that keep their own set (the others follow the default). */
  overrides: number[];
}

/** `topics.saveRules`: a site's own set (or the default set); `rules: null` removes the override. */
export interface TopicRulesInput {
  siteId: number | null;
  rules: TopicRule[] | null;
  by?: string;
}

/** What `topics.saveRules` did, and what happens to the counts. */
export interface TopicRulesSaved {
  set: TopicRuleSet;
  /** The live topic counts are rebuilt with the new rules: posts already stored are recounted in the background. */
  recount: 'background';
}

/** `topics.test`: which rules match a sample text (the given unsaved rules, else the site's). */
export interface TopicTestRequest {
  text: string;
  siteId?: number;
  rules?: TopicRule[];
}

/** The topics a sample text gets, with the words that matched. */
export interface TopicTestResult {
  matches: TopicMatch[];
  source: TopicRuleSource | 'unsaved';
}

/** Cross-validated quality of one topic of a learned model. */
export interface TopicModelTopic {
  topic: string;
  /** The label as written in the training file. */
  label: string;
  examples: number;
  f1: number;
  precision: number;
  recall: number;
}

/** A learned topic model as the Topics view lists it: its figures, measured before it can be switched on. */
export interface TopicModelInfo {
  id: number;
  name: string;
  createdAt: number;
  createdBy: string | null;
  /** The training file's name (no folders), or the name of the uploaded file. */
  sourceFile: string;
  examples: number;
  /** Cross-validated macro-F1 over the topics. */
  macroF1: number;
  accuracy: number;
  folds: number;
  foldMacroF1: number[];
  /** Per-topic F1, by topic id. */
  topics: TopicModelTopic[];
  /** Where it is in force: null for the default, else site ids. */
  usedBy: Array<number | null>;
}

/** What a scope (the default, or a site) uses besides its rules. */
export interface TopicModelChoice {
  /** null: the default, used by every site without a choice of its own. */
  siteId: number | null;
  /** null: rules only. */
  modelId: number | null;
  /** A post gets the model's topic only when the model is at least this sure (0–1). */
  minConfidence: number;
  chosenAt: number | null;
  chosenBy: string | null;
  /** An earlier choice of this scope can be restored (topics.rollback). */
  canRollBack: boolean;
}

/** `topics.models`: every stored model, newest first, and the choice of the default and of each site with its own. */
export interface TopicModelsState {
  models: TopicModelInfo[];
  /** The default first (always present), then sites with a choice of their own, by site id. */
  choices: TopicModelChoice[];
  /** The confidence threshold a new activation uses unless told. */
  defaultMinConfidence: number;
}

/** `topics.train`: a labelled CSV (a path on this machine, or its text uploaded) and its columns. */
export interface TopicTrainRequest {
  file?: string;
  /** CSV text (an uploaded file); `fileName` names it. */
  csv?: string;
  fileName?: string;
  textColumn: string;
  labelColumn: string;
  name?: string;
  by?: string;
}

/** `topics.activate`: switch a model on for a site or the default (siteId null). */
export interface TopicActivateRequest {
  modelId: number;
  siteId: number | null;
  minConfidence?: number;
  by?: string;
}

/** `topics.ofPost`: a stored post's topics with its site's rules and model, each saying why. */
export interface PostTopics {
  postId: number;
  siteId: number;
  matches: TopicMatch[];
}
