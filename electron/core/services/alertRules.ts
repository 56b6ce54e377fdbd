// alerts.rules / alerts.saveRules: the thresholds the live alert rules use, for all sites and a
// site's own, stored in the database.
import { AppFailure } from '../../../shared/contract/result';
import {
  ALERT_RULE_FIELDS,
  checkAlertRules,
  DEFAULT_ALERT_RULES,
  effectiveAlertRules,
  SITE_ALERT_FIELDS,
  siteAlertRules,
  type AlertRules,
  type AlertRulesInput,
  type AlertRulesState,
  type SiteAlertField,
} from '../../../shared/domain/alertRules';
import { forgetSiteThresholds, siteOverridesOf } from '../alerts/thresholds';
import type { Core } from '../core';
import type { Queryable } from '../db/database';
import { liveOf } from '../live/liveRuntime';
import { deleteAlertRules, deleteSiteAlertRules, listSiteAlertRules, readAlertRules, saveAlertRules, saveSiteAlertRules } from '../repos/alertRules';
import { listSites } from '../repos/sites';
import type { Handler } from './handlers';

async function checkSite(q: Queryable, siteId: number | undefined): Promise<void> {
  if (siteId === undefined) return;
  if (!(await listSites(q)).some((s) => s.id === siteId)) throw new AppFailure('not-found', `no site with id ${siteId}`, 'siteId');
}

/**
 * The thresholds in force for all sites (no siteId: the saved values over the defaults, see
 * effectiveAlertRules) or for one site (those with the site's own values over them), with when and
 * by whom they were saved and which the site sets itself.
 */
export async function readAlertRulesState(q: Queryable, siteId?: number): Promise<AlertRulesState> {
  await checkSite(q, siteId);
  const [saved, sites] = await Promise.all([readAlertRules(q), listSiteAlertRules(q)]);
  const all = effectiveAlertRules(saved?.rules);
  const overrides = sites.map((s) => s.siteId);
  if (siteId === undefined) return { rules: all, defaults: DEFAULT_ALERT_RULES, updatedAt: saved?.updatedAt ?? null, updatedBy: saved?.updatedBy ?? null, siteId: null, overridden: [], overrides };
  const own = sites.find((s) => s.siteId === siteId);
  const rules = siteAlertRules(all, own?.rules);
  const overridden: SiteAlertField[] = SITE_ALERT_FIELDS.filter((k) => own?.rules[k] !== undefined && rules[k] !== all[k]);
  return { rules, defaults: all, updatedAt: own?.updatedAt ?? null, updatedBy: own?.updatedBy ?? null, siteId, overridden, overrides };
}

function refuseProblems(rules: AlertRules): void {
  const problems = checkAlertRules(rules);
  if (problems.length) throw new AppFailure('invalid-request', problems.map((p) => p.message).join('; '), `rules.${problems[0].field}`);
}

/** A site's thresholds may differ from those for all sites only in SITE_ALERT_FIELDS: refuses the others, naming them. */
function refuseSharedFields(rules: AlertRules, all: AlertRules): void {
  const shared = ALERT_RULE_FIELDS.filter((f) => !(SITE_ALERT_FIELDS as readonly string[]).includes(f.key) && rules[f.key] !== all[f.key]);
  if (shared.length === 0) return;
  const names = shared.map((f) => `${f.key} (${f.label})`).join(', ');
  throw new AppFailure('invalid-request', `${names}: the same for every site (the detector measures all sites at once); change it in the thresholds for all sites`, `rules.${shared[0].key}`);
}

/**
 * Checks and saves thresholds for all sites or a site's own (only where they differ from those for
 * all sites), or with `rules: null` goes back to the defaults (for a site: to the thresholds for
 * all sites), and hands them to the live detector at once. A bad set is refused whole, the message
 * listing every problem and the field naming the first.
 */
export async function saveAlertRulesState(core: Core, req: AlertRulesInput): Promise<AlertRulesState> {
  await checkSite(core.db, req.siteId);
  const at = core.now();
  const by = req.by?.trim() || null;
  if (req.rules !== null) refuseProblems(req.rules);
  if (req.siteId === undefined) {
    if (req.rules === null) await deleteAlertRules(core.db);
    else await saveAlertRules(core.db, req.rules, at, by);
  } else if (req.rules === null) await deleteSiteAlertRules(core.db, req.siteId);
  else {
    const all = (await readAlertRulesState(core.db)).rules;
    refuseSharedFields(req.rules, all);
    const own = siteOverridesOf(all, req.rules);
    if (Object.keys(own).length === 0) await deleteSiteAlertRules(core.db, req.siteId);
    else await saveSiteAlertRules(core.db, req.siteId, own, at, by);
  }
  forgetSiteThresholds(core.db);
  liveOf(core).setRules((await readAlertRulesState(core.db)).rules);
  return readAlertRulesState(core.db, req.siteId);
}

/** Handlers of alerts.rules and alerts.saveRules, spread into the live handlers. */
export const ALERT_RULES_HANDLERS: { [M in 'alerts.rules' | 'alerts.saveRules']: Handler<M> } = {
  'alerts.rules': (core, req) => readAlertRulesState(core.db, req.siteId),
  'alerts.saveRules': (core, req) => saveAlertRulesState(core, req),
};
