import { describe, expect, it } from 'vitest';
import { DEFAULT_ALERT_RULES } from '../../../../shared/domain/alertRules';
import { formOf, rulesOfForm } from './alertRulesForm';

describe('alert thresholds form', () => {
  it('shows durations in minutes and round-trips', () => {
    const form = formOf(DEFAULT_ALERT_RULES);
    expect(form.spikeWindowMs).toBe('5');
    expect(form.detractorMinFollowers).toBe('10000');
    expect(rulesOfForm(form)).toEqual(DEFAULT_ALERT_RULES);
  });

  it.each([
    ['10', 600_000],
    ['1,000', 60_000_000],
    ['', Number.NaN],
    ['soon', Number.NaN],
  ])('reads a spike window of %j minutes as %d ms', (text, ms) => {
    expect(rulesOfForm({ ...formOf(DEFAULT_ALERT_RULES), spikeWindowMs: text }).spikeWindowMs).toBe(ms);
  });
});
