import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempFile } from '../../core/testing/fixtures';
import { runCliCaptured } from '../testing';

afterEach(() => vi.restoreAllMocks());

const cli = runCliCaptured;

const ROWS = [
  ['lost my suitcase', 'Lost Luggage'],
  ['bag never arrived', 'Lost Luggage'],
  ['where is my luggage', 'Lost Luggage'],
  ['flight delayed again', 'Late Flight'],
  ['two hours late', 'Late Flight'],
  ['delayed on the tarmac', 'Late Flight'],
  ['great crew thanks', ''],
];
const csv = `text,negativereason\n${ROWS.map(([t, r]) => `${t},${r}`).join('\n')}\n`;

describe('train-topics', () => {
  it('prints the cross-validated macro-F1 over the reasons and writes the model', async () => {
    const input = tempFile('reasons.csv', csv);
    const out = `${input}.model.json`;
    const r = await cli('train-topics', '--input', input, '--label-column', 'negativereason', '--out', out, '--folds', '3');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^cross-validated macro-F1 over 2 reasons: \d\.\d{4} \(3-fold, 6 examples; 1 rows without a reason skipped\)/);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ format: 'listening-post/topic-linear@1', labels: ['late-flight', 'lost-luggage'], names: ['Late Flight', 'Lost Luggage'] });
  });

  it('refuses a file without the reason column, naming it', async () => {
    const r = await cli('train-topics', '--input', tempFile('noreason.csv', csv), '--out', tempFile('m.json', ''));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/missing column "reason"/);
  });
});
