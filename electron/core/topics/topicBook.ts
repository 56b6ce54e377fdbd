// The topic rules in force for every site, and the slot each topic takes in the live counts.
import { classifyTopics, type TopicMatch } from '../../../shared/sentiment/topics';
import { DEFAULT_TOPIC_RULES, type TopicRule } from '../../../shared/sentiment/topicRules';
import type { TopicRuleSource } from '../../../shared/domain/topics';
import type { Queryable } from '../db/database';
import { listTopicRuleSets } from '../repos/topicRules';
import type { TopicName } from '../live/panels';

/** Topics the live counts can keep at once (BucketStore keys 63 topic slots per site). */
export const MAX_TOPIC_SLOTS = 63;

/**
 * Which topic rules each site uses (its own set, else the default set) and a slot per distinct
 * topic id across all sets (slot = index in `names` + 1), so counts of one topic add up across
 * sites. Immutable: a rule change builds a new book.
 */
export class TopicBook {
  /** Every topic across all sets, in slot order: default topics first, then sites' extra ones. */
  readonly names: TopicName[] = [];
  private readonly slots = new Map<string, number>();

  /** `defaults`: the default set; `sites`: the sites with their own set. */
  constructor(
    readonly defaults: readonly TopicRule[],
    readonly sites: ReadonlyMap<number, readonly TopicRule[]> = new Map(),
    readonly defaultSource: TopicRuleSource = 'built-in',
  ) {
    const sets = [defaults, ...[...sites].sort(([a], [b]) => a - b).map(([, rules]) => rules)];
    for (const set of sets) {
      for (const r of set) {
        if (this.slots.has(r.topic) || this.names.length >= MAX_TOPIC_SLOTS) continue;
        this.names.push({ topic: r.topic, label: r.label ?? r.topic });
        this.slots.set(r.topic, this.names.length);
      }
    }
  }

  /** The rules a site uses (the default set for null or a site without its own). */
  rulesFor(siteId: number | null): readonly TopicRule[] {
    return (siteId !== null && this.sites.get(siteId)) || this.defaults;
  }

  /** The slot of a topic id, or undefined when no set defines it. */
  slotOf(topic: string): number | undefined {
    return this.slots.get(topic);
  }

  /** Topics of a post of a site, with the words that matched. */
  classify(siteId: number, text: string): TopicMatch[] {
    return classifyTopics(text, this.rulesFor(siteId));
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

/** Builds the book from the stored sets (the built-in rules when no default set is saved). */
export async function loadTopicBook(q: Queryable): Promise<TopicBook> {
  const stored = await listTopicRuleSets(q);
  const saved = stored.find((s) => s.siteId === null);
  const sites = new Map(stored.filter((s) => s.siteId !== null).map((s) => [s.siteId as number, s.rules]));
  return new TopicBook(saved?.rules ?? DEFAULT_TOPIC_RULES, sites, saved ? 'default' : 'built-in');
}

/** The message for a filter on a topic no set defines: names it and says where topics are edited. */
export function unknownTopicMessage(topic: string): string {
  return `unknown topic "${topic}": no site's topic rules define it (edit them in Sources → Topics)`;
}
