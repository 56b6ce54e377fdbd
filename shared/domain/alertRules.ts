// The thresholds of the live alert rules: stored in the database, edited in the live view.

/** Thresholds of the alert rules (defaults in DEFAULT_ALERT_RULES). Durations in milliseconds. */
export interface AlertRules {
  /** Volume spike: posts in the last `spikeWindowMs` against the `spikeBaselineMs` before it. */
  spikeWindowMs: number;
  spikeBaselineMs: number;
  /** At least this many posts in the spike window… */
  spikeMinPosts: number;
  /** …and this many times the usual count for a window that long. */
  spikeFactor: number;
  /**
   * The usual count is also taken from the same hour in this many previous weeks (0: only the
   * baseline period); the larger of the two is expected, so a weekly rush hour raises nothing.
   */
  spikeWeeks: number;
  /** Viral negative thread: a negative root with this many replies within `threadWindowMs`. */
  threadWindowMs: number;
  threadMinReplies: number;
  /** Influential detractor: a negative post by an author with at least this many followers. */
  detractorMinFollowers: number;
  /** Only posts created this recently raise alerts (an import of last year's posts raises none). */
  recentMs: number;
  /** The same subject raises again only after this long. */
  coolDownMs: number;
}

/** Defaults chosen for a contact centre's social traffic; tune per deployment in the live view. */
export const DEFAULT_ALERT_RULES: AlertRules = {
  spikeWindowMs: 5 * 60_000,
  spikeBaselineMs: 60 * 60_000,
  spikeMinPosts: 20,
  spikeFactor: 4,
  spikeWeeks: 4,
  threadWindowMs: 60 * 60_000,
  threadMinReplies: 15,
  detractorMinFollowers: 10_000,
  recentMs: 60 * 60_000,
  coolDownMs: 30 * 60_000,
};

/** How a threshold is edited: its label, unit (minutes are stored as ms) and allowed range. */
export interface AlertRuleField {
  key: keyof AlertRules;
  label: string;
  unit: 'minutes' | 'posts' | 'times' | 'weeks' | 'replies' | 'followers';
  min: number;
  max: number;
  /** Whole numbers only. */
  int: boolean;
}

const MIN = 60_000;

/**
 * Every threshold with its range, in display units. The ranges follow what the live engine keeps:
 * minute counts reach back two days, hour counts five weeks, thread reply rates one hour.
 */
export const ALERT_RULE_FIELDS: readonly AlertRuleField[] = [
  { key: 'spikeWindowMs', label: 'Spike window', unit: 'minutes', min: 1, max: 60, int: true },
  { key: 'spikeBaselineMs', label: 'Spike baseline (period before the window)', unit: 'minutes', min: 5, max: 24 * 60, int: true },
  { key: 'spikeMinPosts', label: 'Spike minimum posts in the window', unit: 'posts', min: 1, max: 1_000_000, int: true },
  { key: 'spikeFactor', label: 'Spike factor (times the usual count)', unit: 'times', min: 1.1, max: 100, int: false },
  { key: 'spikeWeeks', label: 'Spike: usual count also from this hour in previous weeks', unit: 'weeks', min: 0, max: 4, int: true },
  { key: 'threadWindowMs', label: 'Viral thread window', unit: 'minutes', min: 5, max: 60, int: true },
  { key: 'threadMinReplies', label: 'Viral thread minimum replies', unit: 'replies', min: 2, max: 1_000_000, int: true },
  { key: 'detractorMinFollowers', label: 'Influential author: minimum followers', unit: 'followers', min: 1, max: 1_000_000_000, int: true },
  { key: 'recentMs', label: 'Only posts created within', unit: 'minutes', min: 5, max: 7 * 24 * 60, int: true },
  { key: 'coolDownMs', label: 'Cool-down before the same subject raises again', unit: 'minutes', min: 1, max: 7 * 24 * 60, int: true },
];

/** A stored value in the unit the editor shows (minutes for durations). */
export function toDisplayValue(field: AlertRuleField, stored: number): number {
  return field.unit === 'minutes' ? stored / MIN : stored;
}

/** A value typed in the editor's unit, as stored (durations in ms). */
export function fromDisplayValue(field: AlertRuleField, shown: number): number {
  return field.unit === 'minutes' ? Math.round(shown * MIN) : shown;
}

/** One problem with a set of thresholds, naming the field. */
export interface AlertRuleProblem {
  field: keyof AlertRules | 'rules';
  message: string;
}

/**
 * Every problem of a set of thresholds: each field present, a number in its range (durations in
 * whole minutes), and the spike baseline at least as long as the spike window.
 */
export function checkAlertRules(value: unknown): AlertRuleProblem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [{ field: 'rules', message: 'rules must be an object' }];
  const rules = value as Record<string, unknown>;
  const out: AlertRuleProblem[] = [];
  for (const key of Object.keys(rules)) {
    if (!ALERT_RULE_FIELDS.some((f) => f.key === key)) out.push({ field: 'rules', message: `unknown threshold "${key}"` });
  }
  for (const f of ALERT_RULE_FIELDS) {
    const v = rules[f.key];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      out.push({ field: f.key, message: `${f.key} (${f.label}) must be a number` });
      continue;
    }
    const shown = toDisplayValue(f, v);
    if (shown < f.min || shown > f.max) out.push({ field: f.key, message: `${f.key} (${f.label}) must be between ${f.min} and ${f.max} ${f.unit}; got ${shown}` });
    else if (f.int && !Number.isInteger(shown)) out.push({ field: f.key, message: `${f.key} (${f.label}) must be a whole number of ${f.unit}; got ${shown}` });
  }
  if (out.length === 0 && (rules.spikeBaselineMs as number) < (rules.spikeWindowMs as number)) {
    out.push({ field: 'spikeBaselineMs', message: 'spikeBaselineMs (Spike baseline) must be at least as long as the spike window' });
  }
  return out;
}

/**
 * Thresholds a site may set for itself. The windows (spike window and baseline, weeks looked back,
 * thread window) stay the same for every site: the detector measures all sites in one pass.
 */
export const SITE_ALERT_FIELDS = ['spikeMinPosts', 'spikeFactor', 'threadMinReplies', 'detractorMinFollowers', 'recentMs', 'coolDownMs'] as const satisfies readonly (keyof AlertRules)[];

/** A threshold a site may set for itself. */
export type SiteAlertField = (typeof SITE_ALERT_FIELDS)[number];

/**
 * Thresholds in force for the default (siteId null: every site without its own) or for one site,
 * with when and by whom they were saved (null: never saved).
 */
export interface AlertRulesState {
  rules: AlertRules;
  /** What the rules fall back to: the built-in defaults, or for a site the thresholds for all sites. */
  defaults: AlertRules;
  updatedAt: number | null;
  updatedBy: string | null;
  siteId: number | null;
  /** The thresholds this site sets itself (empty for the default). */
  overridden: SiteAlertField[];
  /** Sites that keep thresholds of their own. */
  overrides: number[];
}

/** `alerts.saveRules`: thresholds for all sites, or a site's own (siteId); `rules: null` goes back to the defaults. */
export interface AlertRulesInput {
  rules: AlertRules | null;
  siteId?: number;
  by?: string;
}

/** A site's thresholds: the base ones with the site's own values of SITE_ALERT_FIELDS (a value out of range is ignored). */
export function siteAlertRules(base: AlertRules, own: Partial<AlertRules> | undefined): AlertRules {
  const rules = { ...base };
  for (const key of SITE_ALERT_FIELDS) {
    const v = own?.[key];
    if (v !== undefined && checkAlertRules({ ...base, [key]: v }).length === 0) rules[key] = v;
  }
  return rules;
}

/**
 * The thresholds to use from a saved set: the saved values over the defaults (a threshold added
 * after the save takes its default); a saved set that fails the checks gives the defaults, so the
 * detector never fires on nonsense.
 */
export function effectiveAlertRules(saved: Partial<AlertRules> | undefined): AlertRules {
  const rules = { ...DEFAULT_ALERT_RULES, ...saved };
  return checkAlertRules(rules).length === 0 ? rules : DEFAULT_ALERT_RULES;
}
