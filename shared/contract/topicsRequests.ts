import type { Method, Req } from './api';
import { checkAlertRules, type AlertRules } from '../domain/alertRules';
import { checkTopicRules } from '../sentiment/topics';
import type { TopicRule } from '../sentiment/topicRules';
import { nullable, num, obj, opt, str, type Check } from './validate';

const id = num({ int: true, min: 1 });
const by = opt(str({ max: 100 }));

/** A topic rule set, checked by checkTopicRules: every problem listed, the field of the first named. */
export const topicRulesCheck: Check<TopicRule[]> = (v, p) => {
  const problems = checkTopicRules(v);
  if (problems.length === 0) return { ok: true, value: v as TopicRule[] };
  const field = problems[0].field.replace(/^rules/, p || 'rules');
  return { ok: false, field, message: problems.map((x) => x.message).join('; ') };
};

/** Alert thresholds, checked by checkAlertRules (ranges per field, baseline ≥ window). */
export const alertRulesCheck: Check<AlertRules> = (v, p) => {
  const problems = checkAlertRules(v);
  if (problems.length === 0) return { ok: true, value: v as AlertRules };
  const base = p || 'rules';
  const field = problems[0].field === 'rules' ? base : `${base}.${problems[0].field}`;
  return { ok: false, field, message: problems.map((x) => x.message).join('; ') };
};

/** Validators of the topics.* methods (the topic rule editor). */
export function topicsValidators() {
  return {
    'topics.rules': obj({ siteId: opt(id) }),
    'topics.saveRules': obj({ siteId: nullable(id), rules: nullable(topicRulesCheck), by }),
    'topics.test': obj({ text: str({ max: 10_000 }), siteId: opt(id), rules: opt(topicRulesCheck) }),
  } satisfies { [M in Extract<Method, `topics.${string}`>]: Check<Req<M>> };
}

/** Validators of alerts.rules and alerts.saveRules (the thresholds editor of the live view). */
export function alertRulesValidators() {
  return {
    'alerts.rules': obj({}),
    'alerts.saveRules': obj({ rules: alertRulesCheck, by }),
  } satisfies { [M in 'alerts.rules' | 'alerts.saveRules']: Check<Req<M>> };
}
