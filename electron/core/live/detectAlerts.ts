import type { Alert } from '../../../shared/domain/live';
import { listOpenAlerts, raiseAlert, type NewAlert } from '../alerts/alertsRepo';
import { findDetractors, findSpikes, findViralThreads, thresholdsFor, type AlertRules, type SpikeInput, type ThreadInput } from '../alerts/rules';
import { withSiteThresholds } from '../alerts/thresholds';
import { ALL_TOPICS } from './buckets';
import { readThreadRoot } from './liveRepo';
import type { LiveEngine } from './engine';
import { HOUR, MINUTE, WEEK } from './window';

/**
 * Mean posts of a site in the hour holding `start`, one to `spikeWeeks` weeks back, scaled to the
 * spike window (hour counts are what reach back weeks). Weeks the hour store no longer holds are
 * left out of the mean.
 */
function weeklyUsual(engine: LiveEngine, rules: AlertRules, siteId: number, start: number, now: number): number {
  const hour = Math.floor(start / HOUR) * HOUR;
  const one = { siteIds: new Set([siteId]), topic: ALL_TOPICS };
  let sum = 0;
  let weeks = 0;
  for (let k = 1; k <= rules.spikeWeeks; k++) {
    const from = hour - k * WEEK;
    if (!engine.stores.hour.covers(from, now)) break;
    sum += engine.stores.hour.collect(from, from + HOUR, HOUR, one).perSite.get(siteId)?.[0] ?? 0;
    weeks++;
  }
  return weeks ? (sum / weeks) * (rules.spikeWindowMs / HOUR) : 0;
}

/** Per-site counts of the spike window (the last minutes, the current one included) and its baseline. */
export function spikeInputs(engine: LiveEngine, rules: AlertRules, now: number): SpikeInput[] {
  const end = Math.floor(now / MINUTE) * MINUTE + MINUTE;
  const start = end - rules.spikeWindowMs;
  const base = start - rules.spikeBaselineMs;
  const all = { siteIds: null, topic: ALL_TOPICS };
  const current = engine.stores.minute.collect(start, end, rules.spikeWindowMs, all).perSite;
  const out: SpikeInput[] = [];
  for (const [siteId, counts] of current) {
    if (counts[0] < rules.spikeMinPosts) continue;
    const one = { siteIds: new Set([siteId]), topic: ALL_TOPICS };
    const negative = engine.stores.minute.collect(start, end, rules.spikeWindowMs, one).labels[0][0];
    const baseline = engine.stores.minute.collect(base, start, rules.spikeBaselineMs, one).perSite.get(siteId)?.[0] ?? 0;
    const weekly = weeklyUsual(engine, rules, siteId, start, now);
    out.push({ siteId, siteName: engine.siteNames.get(siteId) ?? `site ${siteId}`, current: counts[0], negative, baseline, weekly });
  }
  return out;
}

const checkedRoots = new WeakMap<LiveEngine, Map<number, number>>();

/** Busy thread roots with their root's label (each root is looked up at most once a minute). */
async function threadInputs(engine: LiveEngine, rules: AlertRules, now: number): Promise<ThreadInput[]> {
  const busy = engine.threads.busiest(now, rules.threadMinReplies, rules.threadWindowMs);
  if (busy.length === 0) return [];
  let checked = checkedRoots.get(engine);
  if (!checked) checkedRoots.set(engine, (checked = new Map()));
  const out: ThreadInput[] = [];
  for (const { root, replies } of busy.slice(0, 20)) {
    if ((checked.get(root) ?? 0) > now - MINUTE) continue;
    checked.set(root, now);
    const r = await readThreadRoot(engine.core.db, root);
    if (r) out.push({ rootId: root, siteId: r.site_id, siteName: await engine.siteName(r.site_id), author: r.handle, replies, rootLabel: r.label });
  }
  for (const [root, at] of checked) if (at < now - rules.threadWindowMs) checked.delete(root);
  return out;
}

/**
 * Runs the alert rules over the engine's counts, raises what they find (each subject once per
 * cool-down, checked in the database so two processes agree), and refreshes the open alerts.
 * Returns the alerts raised now and whether the open list changed.
 */
export async function detectAlerts(engine: LiveEngine, allSites: AlertRules): Promise<{ raised: Alert[]; changed: boolean }> {
  const { db } = engine.core;
  const rules = await withSiteThresholds(db, allSites); // with each site's own thresholds (alerts.saveRules with a siteId)
  const now = engine.core.now();
  const found: NewAlert[] = [
    ...findSpikes(spikeInputs(engine, rules, now), rules),
    ...findViralThreads(await threadInputs(engine, rules, now), rules),
    ...findDetractors(engine.labelled.splice(0), rules, now),
  ];
  const raised: Alert[] = [];
  for (const a of found) {
    const alert = await db.transaction((tx) => raiseAlert(tx, a, now, thresholdsFor(rules, a.siteId).coolDownMs));
    if (alert) raised.push(alert);
  }
  const open = await listOpenAlerts(db);
  const stamp = (xs: Alert[]): string => xs.map((x) => x.id).join(',');
  const changed = stamp(open) !== stamp(engine.openAlerts);
  engine.openAlerts = open;
  if (changed) engine.version++;
  return { raised, changed };
}
