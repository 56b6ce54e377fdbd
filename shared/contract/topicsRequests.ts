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
    ...topicModelValidators(),
  } satisfies { [M in Extract<Method, `topics.${string}`>]: Check<Req<M>> };
}

const column = str({ min: 1, max: 200 });
const scope = nullable(id);

/** Validators of the learned topic model methods (train from a path or uploaded CSV text, switch on per scope, roll back). */
function topicModelValidators() {
  return {
    'topics.models': obj({}),
    'topics.train': obj({
      file: opt(str({ min: 1, max: 4096 })),
      // the browser-served mode takes request bodies up to 1 MB (MAX_API_BODY); bigger files go by path
      csv: opt(str({ min: 1, max: 1_000_000 })),
      fileName: opt(str({ max: 200 })),
      textColumn: column,
      labelColumn: column,
      name: opt(str({ max: 100 })),
      by,
    }),
    'topics.activate': obj({ modelId: id, siteId: scope, minConfidence: opt(num({ min: 0.05, max: 0.99 })), by }),
    'topics.deactivate': obj({ siteId: scope, by }),
    'topics.rollback': obj({ siteId: scope }),
    'topics.ofPost': obj({ postId: id }),
  } satisfies { [M in 'topics.models' | 'topics.train' | 'topics.activate' | 'topics.deactivate' | 'topics.rollback' | 'topics.ofPost']: Check<Req<M>> };
}

/** Validators of alerts.rules and alerts.saveRules (the thresholds editor of the live view, for all sites or one). */
export function alertRulesValidators() {
  return {
    'alerts.rules': obj({ siteId: opt(id) }),
    'alerts.saveRules': obj({ rules: nullable(alertRulesCheck), siteId: opt(id), by }),
  } satisfies { [M in 'alerts.rules' | 'alerts.saveRules']: Check<Req<M>> };
}
