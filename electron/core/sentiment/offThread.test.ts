import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { LabelledText } from '../../../shared/sentiment/types';
import { openSentimentWorker } from './offThread';
import { labelledCsv } from './testData';

const EXAMPLES = (parse(labelledCsv(10), { columns: true }) as LabelledText[]).map((r) => ({ text: r.text, label: r.label }));
const TEXTS = ['delayed again #99', 'thanks for the upgrade', '', '😀', 'x'.repeat(100_000)];

describe('the sentiment worker', () => {
  it('fits and scores on a worker thread exactly as on this thread', async () => {
    const worker = openSentimentWorker();
    const inline = openSentimentWorker({ inline: true });
    try {
      expect(worker.offThread).toBe(true);
      expect(inline.offThread).toBe(false);
      const a = await worker.fit(EXAMPLES, { fromCorrections: 0, fromFile: EXAMPLES.length });
      const b = await inline.fit(EXAMPLES, { fromCorrections: 0, fromFile: EXAMPLES.length });
      expect(a.cv).toEqual(b.cv);
      expect(a.model).toEqual(b.model);
      const model = { id: 7, blob: JSON.stringify(a.model) };
      expect(await worker.score(model, TEXTS)).toEqual(await inline.score(model, TEXTS));
      expect(await worker.score({ id: 1, blob: null }, TEXTS)).toEqual(await inline.score({ id: 1, blob: null }, TEXTS));
    } finally {
      worker.close();
      inline.close();
    }
  });

  it('reports a refused fit as an error naming why', async () => {
    const worker = openSentimentWorker();
    try {
      await expect(worker.fit(EXAMPLES.slice(0, 3), { fromCorrections: 3, fromFile: 0 })).rejects.toThrow(/at least 5 labelled examples/);
    } finally {
      worker.close();
    }
  });
});
