// topics.rules / topics.saveRules / topics.test: the editable topic (contact reason) rule sets.
import type { Method } from '../../../shared/contract/api';
import { AppFailure } from '../../../shared/contract/result';
import type { TopicRuleSet, TopicRulesInput, TopicRulesSaved, TopicTestRequest, TopicTestResult } from '../../../shared/domain/topics';
import { checkTopicRules, classifyTopics } from '../../../shared/sentiment/topics';
import { DEFAULT_TOPIC_RULES, type TopicRule } from '../../../shared/sentiment/topicRules';
import type { Core } from '../core';
import type { Queryable } from '../db/database';
import { liveOf } from '../live/liveRuntime';
import { listSites } from '../repos/sites';
import { deleteTopicRuleSet, listTopicRuleSets, saveTopicRuleSet } from '../repos/topicRules';
import { loadTopicBook, MAX_TOPIC_SLOTS, TopicBook } from '../topics/topicBook';
import type { Handler } from './handlers';
import { TOPIC_MODEL_HANDLERS } from './topicModels';

async function checkSite(q: Queryable, siteId: number | null | undefined): Promise<void> {
  if (siteId === null || siteId === undefined) return;
  if (!(await listSites(q)).some((s) => s.id === siteId)) throw new AppFailure('not-found', `no site with id ${siteId}`, 'siteId');
}

/** The rules in force for a site (or the default set), with where they come from. */
export async function readTopicRules(q: Queryable, siteId: number | null): Promise<TopicRuleSet> {
  await checkSite(q, siteId);
  const stored = await listTopicRuleSets(q);
  const own = stored.find((s) => s.siteId === siteId);
  const fallback = stored.find((s) => s.siteId === null);
  const used = own ?? fallback;
  return {
    siteId,
    source: own && siteId !== null ? 'site' : used ? 'default' : 'built-in',
    rules: used?.rules ?? DEFAULT_TOPIC_RULES,
    updatedAt: used?.updatedAt ?? null,
    updatedBy: used?.updatedBy ?? null,
    overrides: stored.flatMap((s) => (s.siteId === null ? [] : [s.siteId])),
  };
}

/** Refuses a rule set with problems: the message lists them all, the field names the first. */
function refuseBadRules(rules: unknown): asserts rules is TopicRule[] {
  const problems = checkTopicRules(rules);
  if (problems.length) throw new AppFailure('invalid-request', problems.map((p) => p.message).join('; '), problems[0].field);
}

/** The live counts keep MAX_TOPIC_SLOTS topics across all sets: refuses a save that would pass it. */
async function refuseTooManyTopics(q: Queryable, siteId: number | null, rules: readonly TopicRule[]): Promise<void> {
  const book = await loadTopicBook(q);
  const sites = new Map(book.sites);
  if (siteId !== null) sites.set(siteId, rules);
  const n = new TopicBook(siteId === null ? rules : book.defaults, sites, book.defaultSource, book.models).countTopics();
  if (n > MAX_TOPIC_SLOTS) {
    throw new AppFailure('invalid-request', `all sites' rules and the topic models in force together may define at most ${MAX_TOPIC_SLOTS} distinct topics (this would make ${n}); reuse topic ids across sites`, 'rules');
  }
}

/**
 * Saves a site's own rule set (siteId null: the default set), or removes it (`rules: null`: the
 * site follows the default set again; for the default set, the built-in rules). The live topic
 * counts are then rebuilt: new posts use the new rules at once, stored posts are recounted in the
 * background (the topic panel shows the progress).
 */
export async function saveTopicRules(core: Core, req: TopicRulesInput): Promise<TopicRulesSaved> {
  await checkSite(core.db, req.siteId);
  if (req.rules === null) await deleteTopicRuleSet(core.db, req.siteId);
  else {
    refuseBadRules(req.rules);
    await refuseTooManyTopics(core.db, req.siteId, req.rules);
    const rules = req.rules.map((r) => ({ ...r, keywords: r.keywords.map((k) => k.trim()), ...(r.exclude ? { exclude: r.exclude.map((k) => k.trim()) } : {}) }));
    await saveTopicRuleSet(core.db, req.siteId, rules, core.now(), req.by?.trim() || null);
  }
  await liveOf(core).reloadTopics();
  return { set: await readTopicRules(core.db, req.siteId), recount: 'background' };
}

/**
 * Which topics a sample text gets: with the rules sent (unsaved edits), or the site's saved rules
 * plus the model in force for it (a model's topic says so in `why`).
 */
export async function testTopics(core: Core, req: TopicTestRequest): Promise<TopicTestResult> {
  if (req.rules !== undefined) {
    refuseBadRules(req.rules);
    return { matches: classifyTopics(req.text, req.rules), source: 'unsaved' };
  }
  const set = await readTopicRules(core.db, req.siteId ?? null);
  return { matches: (await loadTopicBook(core.db)).classify(req.siteId ?? null, req.text), source: set.source };
}

/** Handlers of the topics.* methods, spread into HANDLERS. */
export const TOPICS_HANDLERS: { [M in Extract<Method, `topics.${string}`>]: Handler<M> } = {
  'topics.rules': (core, req) => readTopicRules(core.db, req.siteId ?? null),
  'topics.saveRules': (core, req) => saveTopicRules(core, req),
  'topics.test': (core, req) => testTopics(core, req),
  ...TOPIC_MODEL_HANDLERS,
};
