import { describe, expect, it } from 'vitest';
import { DEFAULT_TRIAGE_WEIGHTS, rankTriage, scoreTriage, type TriageItem, type TriageWeights } from '../../../shared/domain/triage';
import type { CaseSlaPolicy } from '../../../shared/domain/case';
import type { TriageRow } from '../repos/casesTriage';
import { createCaseFromPost } from '../services/cases';
import { buildTriageQueue, saveTriageWeights, triageTermsOf } from '../services/casesTriage';
import { caseCore, postIdOf } from './caseFixtures';

const ONLY = (term: keyof TriageWeights): TriageWeights => ({ negativity: 0, reach: 0, persistence: 0, sitePolicy: 0, waiting: 0, customerValue: 0, [term]: 1 });
const SLA: CaseSlaPolicy = { siteId: null, firstResponseMins: 60, resolutionMins: 1440, amberAt: 0.75, businessHours: null };
const row = (over: Partial<TriageRow>): TriageRow => ({
  postId: 1, siteId: 1, siteName: 'twitter', sitePolicy: 'respond', author: 'a', text: 'x', createdAt: 0,
  label: 'neutral', score: 0, followers: null, recentNegatives: 0, customerContacts: null, ...over,
});

describe('triage terms', () => {
  it.each([
    ['a very negative post', row({ label: 'negative', score: -0.9 }), 'negativity', 0.9, 'negative (-0.90)'],
    ['a mildly negative post still counts half', row({ label: 'negative', score: -0.2 }), 'negativity', 0.5, 'negative (-0.20)'],
    ['a positive post', row({ label: 'positive', score: 0.8 }), 'negativity', 0, 'positive (0.80)'],
    ['a million followers', row({ followers: 999_999 }), 'reach', 1, '999,999 followers'],
    ['a thousand followers', row({ followers: 999 }), 'reach', 0.5, '999 followers'],
    ['two recent negatives', row({ recentNegatives: 2 }), 'persistence', 0.667, '2 negative posts in the 30 days before'],
    ['a monitor-only site', row({ sitePolicy: 'monitor-only' }), 'sitePolicy', 0.4, 'monitor-only'],
    ['half the first-response target waited', row({ createdAt: 0 }), 'waiting', 0.5, 'waiting 30 min of a 60 min target'],
    ['a known customer with 4 contacts', row({ customerContacts: 4 }), 'customerValue', 0.9, 'known customer, 4 contacts'],
  ] as const)('%s', (_what, r, term, value, detail) => {
    const t = triageTermsOf(r, 30 * 60_000, () => SLA);
    expect(t.terms[term]).toBe(value);
    expect(t.details[term]).toBe(detail);
  });

  it('scores as the weighted mean of the terms (0..100) and shows each share', () => {
    const terms = { negativity: 1, reach: 0.5, persistence: 0, sitePolicy: 1, waiting: 0, customerValue: 0 };
    const { score, contributions } = scoreTriage(terms, DEFAULT_TRIAGE_WEIGHTS);
    expect(score).toBeCloseTo((100 * (3 + 1 + 1)) / 11, 6);
    expect(contributions.reach).toBeCloseTo(100 / 11, 6);
    expect(scoreTriage(terms, ONLY('persistence')).score).toBe(0);
  });

  it('reorders when a weight changes', () => {
    const item = (postId: number, negativity: number, reach: number): TriageItem =>
      ({ postId, createdAt: postId, terms: { negativity, reach, persistence: 0, sitePolicy: 1, waiting: 0, customerValue: 0 } }) as TriageItem;
    const items = [item(1, 1, 0), item(2, 0, 1)];
    expect(rankTriage(items, ONLY('negativity')).map((i) => i.postId)).toEqual([1, 2]);
    expect(rankTriage(items, ONLY('reach')).map((i) => i.postId)).toEqual([2, 1]);
  });
});

describe('the triage queue', () => {
  it('lists the newest unanswered customer post of each conversation without a case', async () => {
    const core = await caseCore();
    const ext = async (ids: number[]): Promise<string[]> => {
      const rows = await core.db.all<{ external_id: string }>(`SELECT external_id FROM posts WHERE id IN (${ids.join(',')}) ORDER BY external_id`);
      return rows.map((r) => r.external_id);
    };
    const q = await buildTriageQueue(core, { days: 30 });
    expect(await ext(q.items.map((i) => i.postId))).toEqual(['f1', 't4', 't5']);
    await createCaseFromPost(core, { postId: await postIdOf(core, 't5') });
    const after = await buildTriageQueue(core, { days: 30 });
    expect(await ext(after.items.map((i) => i.postId))).toEqual(['f1', 't4']);
    await core.close();
  });

  it('uses the saved weights unless the request tries others', async () => {
    const core = await caseCore();
    expect((await buildTriageQueue(core, {})).weights).toEqual(DEFAULT_TRIAGE_WEIGHTS);
    await saveTriageWeights(core, { weights: ONLY('waiting') });
    expect((await buildTriageQueue(core, {})).weights).toEqual(ONLY('waiting'));
    expect((await buildTriageQueue(core, { weights: ONLY('reach') })).weights).toEqual(ONLY('reach'));
    await core.close();
  });
});
