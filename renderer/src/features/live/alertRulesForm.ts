import { ALERT_RULE_FIELDS, fromDisplayValue, toDisplayValue, type AlertRules } from '../../../../shared/domain/alertRules';

/** The editor's text per threshold, in display units (minutes for durations). */
export type AlertRulesForm = Record<keyof AlertRules, string>;

/** The form for a set of thresholds. */
export function formOf(rules: AlertRules): AlertRulesForm {
  const out = {} as AlertRulesForm;
  for (const f of ALERT_RULE_FIELDS) out[f.key] = String(toDisplayValue(f, rules[f.key]));
  return out;
}

/** The thresholds a form stands for (an empty or non-numeric box becomes NaN, which the server refuses by name). */
export function rulesOfForm(form: AlertRulesForm): AlertRules {
  const out = {} as AlertRules;
  for (const f of ALERT_RULE_FIELDS) {
    const text = form[f.key].trim().replace(/,/g, '');
    const shown = text === '' ? Number.NaN : Number(text);
    out[f.key] = Number.isFinite(shown) ? fromDisplayValue(f, shown) : Number.NaN;
  }
  return out;
}
