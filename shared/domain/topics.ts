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
