// Per-site alert thresholds: the thresholds for all sites, and each site's own values of the
// thresholds a site may set (SITE_ALERT_FIELDS). The detector gathers its inputs once for every
// site with the loosest of them, and each rule then applies the thresholds of the input's site.
import { SITE_ALERT_FIELDS, siteAlertRules, type AlertRules } from '../../../shared/domain/alertRules';
import type { Queryable } from '../db/database';
import { listSiteAlertRules } from '../repos/alertRules';

/**
 * Thresholds for all sites (`all`) and sites' own (`sites`). As an AlertRules it holds what the
 * detector gathers inputs with: the windows of `all`, and the lowest minimum counts and longest
 * recency of all sites, so no site's input is cut before its own thresholds are applied.
 */
export class AlertThresholds implements AlertRules {
  readonly spikeWindowMs: number;
  readonly spikeBaselineMs: number;
  readonly spikeMinPosts: number;
  readonly spikeFactor: number;
  readonly spikeWeeks: number;
  readonly threadWindowMs: number;
  readonly threadMinReplies: number;
  readonly detractorMinFollowers: number;
  readonly recentMs: number;
  readonly coolDownMs: number;

  /** `all`: thresholds of sites without their own; `sites`: each site's full thresholds (see siteAlertRules). */
  constructor(readonly all: AlertRules, readonly sites: ReadonlyMap<number, AlertRules> = new Map()) {
    const every = [all, ...sites.values()];
    const least = (key: keyof AlertRules): number => Math.min(...every.map((r) => r[key]));
    this.spikeWindowMs = all.spikeWindowMs;
    this.spikeBaselineMs = all.spikeBaselineMs;
    this.spikeWeeks = all.spikeWeeks;
    this.threadWindowMs = all.threadWindowMs;
    this.spikeFactor = least('spikeFactor');
    this.spikeMinPosts = least('spikeMinPosts');
    this.threadMinReplies = least('threadMinReplies');
    this.detractorMinFollowers = least('detractorMinFollowers');
    this.recentMs = Math.max(...every.map((r) => r.recentMs));
    this.coolDownMs = all.coolDownMs;
  }

  /** The thresholds of one site (its own, else those for all sites). */
  thresholdsFor(siteId: number | null): AlertRules {
    return (siteId !== null && this.sites.get(siteId)) || this.all;
  }
}

/** The thresholds a site's alerts use: the site's own when `rules` is an AlertThresholds, else `rules`. */
export function thresholdsFor(rules: AlertRules, siteId: number | null): AlertRules {
  return rules instanceof AlertThresholds ? rules.thresholdsFor(siteId) : rules;
}

// Sites' own thresholds change only through alerts.saveRules: keep them per database until then,
// so the detector (twice a second) does not query them every tick.
const cached = new WeakMap<Queryable, Array<{ siteId: number; rules: Partial<AlertRules> }>>();

/** Forgets the cached site thresholds of a database (after a save). */
export function forgetSiteThresholds(q: Queryable): void {
  cached.delete(q);
}

/**
 * The thresholds for all sites (`all`, as the live runtime holds them) with every site's own
 * thresholds over them, read from the database (cached until forgetSiteThresholds).
 */
export async function withSiteThresholds(q: Queryable, all: AlertRules): Promise<AlertThresholds> {
  const base = all instanceof AlertThresholds ? all.all : all;
  let own = cached.get(q);
  if (!own) cached.set(q, (own = await listSiteAlertRules(q)));
  return new AlertThresholds(base, new Map(own.map((s) => [s.siteId, siteAlertRules(base, s.rules)])));
}

/** Only the site-settable fields where a site's thresholds differ from those for all sites. */
export function siteOverridesOf(base: AlertRules, site: AlertRules): Partial<AlertRules> {
  return Object.fromEntries(SITE_ALERT_FIELDS.filter((k) => site[k] !== base[k]).map((k) => [k, site[k]]));
}

/** " (forum's own)" when the site has thresholds of its own, so an alert says whose thresholds it states. */
export function ownThresholdsNote(rules: AlertRules, siteId: number, siteName: string): string {
  return rules instanceof AlertThresholds && rules.sites.has(siteId) ? ` (${siteName}'s own)` : '';
}
