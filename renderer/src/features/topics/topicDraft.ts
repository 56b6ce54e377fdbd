import type { TopicRule } from '../../../../shared/sentiment/topicRules';

/** One rule as the editor holds it: keyword lists as text, one keyword or phrase per line. */
export interface TopicDraft {
  /** Stable key for React while ids are being edited. */
  key: number;
  topic: string;
  label: string;
  keywords: string;
  exclude: string;
}

let nextKey = 1;

/** Splits a keyword box into keywords: one per line (or comma-separated), trimmed, blanks dropped. */
export function splitTerms(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}

/** Editor rows of a rule set. */
export function draftsOf(rules: readonly TopicRule[]): TopicDraft[] {
  return rules.map((r) => ({ key: nextKey++, topic: r.topic, label: r.label ?? '', keywords: r.keywords.join('\n'), exclude: (r.exclude ?? []).join('\n') }));
}

/** The rule set the editor rows stand for (empty label and exclude left out). */
export function rulesOf(drafts: readonly TopicDraft[]): TopicRule[] {
  return drafts.map((d) => {
    const rule: TopicRule = { topic: d.topic.trim(), keywords: splitTerms(d.keywords) };
    if (d.label.trim()) rule.label = d.label.trim();
    const exclude = splitTerms(d.exclude);
    if (exclude.length) rule.exclude = exclude;
    return rule;
  });
}

/** A topic id from a label: lower case, dashes between words ("Lost property" → lost-property). */
export function topicIdOf(label: string): string {
  return label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/** A new empty row. */
export function newDraft(): TopicDraft {
  return { key: nextKey++, topic: '', label: '', keywords: '', exclude: '' };
}

/** The index of the rule a server error names (`rules[3].keywords` → 3), or null. */
export function ruleIndexOf(field: string | undefined): number | null {
  const m = /^rules\[(\d+)\]/.exec(field ?? '');
  return m ? Number(m[1]) : null;
}
