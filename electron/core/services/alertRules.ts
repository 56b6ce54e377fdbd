// alerts.rules / alerts.saveRules: the thresholds the live alert rules use, stored in the database.
import { AppFailure } from '../../../shared/contract/result';
import { checkAlertRules, DEFAULT_ALERT_RULES, effectiveAlertRules, type AlertRules, type AlertRulesState } from '../../../shared/domain/alertRules';
import type { Core } from '../core';
import type { Queryable } from '../db/database';
import { liveOf } from '../live/liveRuntime';
import { readAlertRules, saveAlertRules } from '../repos/alertRules';
import type { Handler } from './handlers';

/** The saved thresholds over the defaults (see effectiveAlertRules), with when and by whom. */
export async function readAlertRulesState(q: Queryable): Promise<AlertRulesState> {
  const saved = await readAlertRules(q);
  return { rules: effectiveAlertRules(saved?.rules), defaults: DEFAULT_ALERT_RULES, updatedAt: saved?.updatedAt ?? null, updatedBy: saved?.updatedBy ?? null };
}

/**
 * Checks and saves the thresholds, and hands them to the live detector at once. A bad set is
 * refused whole, the message listing every problem and the field naming the first.
 */
export async function saveAlertRulesState(core: Core, req: { rules: AlertRules; by?: string }): Promise<AlertRulesState> {
  const problems = checkAlertRules(req.rules);
  if (problems.length) throw new AppFailure('invalid-request', problems.map((p) => p.message).join('; '), `rules.${problems[0].field}`);
  await saveAlertRules(core.db, req.rules, core.now(), req.by?.trim() || null);
  const state = await readAlertRulesState(core.db);
  liveOf(core).setRules(state.rules);
  return state;
}

/** Handlers of alerts.rules and alerts.saveRules, spread into the live handlers. */
export const ALERT_RULES_HANDLERS: { [M in 'alerts.rules' | 'alerts.saveRules']: Handler<M> } = {
  'alerts.rules': (core) => readAlertRulesState(core.db),
  'alerts.saveRules': (core, req) => saveAlertRulesState(core, req),
};
