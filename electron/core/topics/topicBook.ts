// The topic rules (and learned models) in force for every site, and the slot each topic takes in the live counts.
import { predictTopic } from '../../../shared/sentiment/topicModel';
import { classifyTopics, type TopicMatch } from '../../../shared/sentiment/topics';
import { DEFAULT_TOPIC_RULES, type TopicRule } from '../../../shared/sentiment/topicRules';
import type { TopicRuleSource } from '../../../shared/domain/topics';
import type { Queryable } from '../db/database';
import { listTopicRuleSets } from '../repos/topicRules';
import type { TopicName } from '../live/panels';
import { loadTopicModelsInForce, NO_TOPIC_MODELS, type ActiveTopicModel, type TopicModelsInForce } from './modelsInForce';

/** Topics the live counts can keep at once (BucketStore keys 63 topic slots per site). */
export const MAX_TOPIC_SLOTS = 63;

/**
 * Which topic rules each site uses (its own set, else the default set), which learned model
 * (its own choice, else the default's; none: rules only), and a slot per distinct topic id across
 * all sets and models (slot = index in `names` + 1), so counts of one topic add up across sites.
 * Immutable: a rule or model change builds a new book.
 */
export class TopicBook {
  /** Every topic across all sets, in slot order: default topics first, then sites' extra ones, then models' topics. */
  readonly names: TopicName[] = [];
  private readonly slots = new Map<string, number>();

  /** `defaults`: the default set; `sites`: the sites with their own set; `models`: the learned models in force. */
  constructor(
    readonly defaults: readonly TopicRule[],
    readonly sites: ReadonlyMap<number, readonly TopicRule[]> = new Map(),
    readonly defaultSource: TopicRuleSource = 'built-in',
    readonly models: TopicModelsInForce = NO_TOPIC_MODELS,
  ) {
    const sets = [defaults, ...[...sites].sort(([a], [b]) => a - b).map(([, rules]) => rules)];
    for (const set of sets) for (const r of set) this.addSlot(r.topic, r.label ?? r.topic);
    for (const m of modelsOf(models)) m.model.labels.forEach((topic, c) => this.addSlot(topic, m.model.names?.[c] ?? topic));
  }

  private addSlot(topic: string, label: string): void {
    if (this.slots.has(topic) || this.names.length >= MAX_TOPIC_SLOTS) return;
    this.names.push({ topic, label });
    this.slots.set(topic, this.names.length);
  }

  /** How many distinct topics the sets and models define together (the slots kept are at most MAX_TOPIC_SLOTS). */
  countTopics(): number {
    const ids = new Set([this.defaults, ...this.sites.values()].flatMap((set) => set.map((r) => r.topic)));
    for (const m of modelsOf(this.models)) for (const t of m.model.labels) ids.add(t);
    return ids.size;
  }

  /** The learned model a site uses (its own choice, else the default's), or null for rules only. */
  modelFor(siteId: number | null): ActiveTopicModel | null {
    return siteId !== null && this.models.sites.has(siteId) ? (this.models.sites.get(siteId) ?? null) : this.models.defaults;
  }

  /** The rules a site uses (the default set for null or a site without its own). */
  rulesFor(siteId: number | null): readonly TopicRule[] {
    return (siteId !== null && this.sites.get(siteId)) || this.defaults;
  }

  /** The slot of a topic id, or undefined when no set defines it. */
  slotOf(topic: string): number | undefined {
    return this.slots.get(topic);
  }

  /**
   * Topics of a post of a site: its rules' matches with the words that matched, plus the site's
   * model's topic when the model is at least its minimum confidence sure (`why` says so).
   */
  classify(siteId: number | null, text: string): TopicMatch[] {
    const matches = classifyTopics(text, this.rulesFor(siteId));
    const m = this.modelFor(siteId);
    if (!m || typeof text !== 'string' || !text.trim()) return matches;
    const guess = predictTopic(m.model, text);
    if (guess.confidence < m.minConfidence) return matches;
    const found = { model: { id: m.id, confidence: guess.confidence }, why: `model: ${guess.label} ${guess.confidence.toFixed(2)}` };
    const same = matches.findIndex((x) => x.topic === guess.topic);
    if (same >= 0) return matches.map((x, i) => (i === same ? { ...x, ...found } : x));
    const label = this.names[(this.slots.get(guess.topic) ?? 0) - 1]?.label ?? guess.label;
    return [...matches, { topic: guess.topic, label, matched: [], ...found }];
  }

  /** Topic slots of a post of a site. */
  slotsOf(siteId: number, text: string): number[] {
    const out: number[] = [];
    for (const m of this.classify(siteId, text)) {
      const slot = this.slots.get(m.topic);
      if (slot !== undefined) out.push(slot);
    }
    return out;
  }

  /** True when a post of the site has the topic. */
  hasTopic(siteId: number, text: string, topic: string): boolean {
    return this.classify(siteId, text).some((m) => m.topic === topic);
  }
}

/** The book of the built-in rules (no set saved). */
export const BUILT_IN_BOOK = new TopicBook(DEFAULT_TOPIC_RULES);

/** Builds the book from the stored sets (the built-in rules when no default set is saved) and the models in force. */
export async function loadTopicBook(q: Queryable): Promise<TopicBook> {
  const stored = await listTopicRuleSets(q);
  const saved = stored.find((s) => s.siteId === null);
  const sites = new Map(stored.filter((s) => s.siteId !== null).map((s) => [s.siteId as number, s.rules]));
  return new TopicBook(saved?.rules ?? DEFAULT_TOPIC_RULES, sites, saved ? 'default' : 'built-in', await loadTopicModelsInForce(q));
}

/** The distinct models in force, the default's first. */
function modelsOf(models: TopicModelsInForce): ActiveTopicModel[] {
  const all = [models.defaults, ...[...models.sites].sort(([a], [b]) => a - b).map(([, m]) => m)];
  return all.filter((m, i): m is ActiveTopicModel => m !== null && all.findIndex((x) => x?.id === m.id) === i);
}

/** The message for a filter on a topic no set defines: names it and says where topics are edited. */
export function unknownTopicMessage(topic: string): string {
  return `unknown topic "${topic}": no site's topic rules define it (edit them in Sources → Topics)`;
}
