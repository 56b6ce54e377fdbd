import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { labelledCsv } from '../../core/sentiment/testData';
import { tempFile } from '../../core/testing/fixtures';
import { runCliCaptured } from '../testing';

afterEach(() => vi.restoreAllMocks());

const cli = runCliCaptured;

const rowsOf = (csv: string): Record<string, string>[] => parse(csv, { columns: true }) as Record<string, string>[];

const INPUT = [
  'id,text',
  '1,My flight was delayed three hours and nobody told us',
  '2,"Thanks, the crew were wonderful!"',
  '3,',
  '4,😀😀😀',
  '5,"multi',
  'line, ""quoted"" text"',
  '6,@united https://t.co/abc',
  '7,Merci beaucoup pour votre aide',
  `8,${'x'.repeat(100_000)}`,
  `9,"${'awful '.repeat(17_000)}"`,
  '10,What time does boarding start?',
].join('\n');

describe('score', () => {
  it('writes a header and one row per input row, in input order, without crashing on odd rows', async () => {
    const r = await cli('score', tempFile('in.csv', INPUT));
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('label,score,confidence,language,reasons');
    const rows = rowsOf(r.out);
    expect(rows).toHaveLength(10);
    expect(rows.map((x) => x.label)).toEqual(['negative', 'positive', 'neutral', 'positive', 'neutral', 'neutral', 'neutral', 'neutral', 'negative', 'neutral']);
    expect(rows[6].language).toBe('fr');
    for (const row of rows) {
      expect(Number(row.score)).toBeGreaterThanOrEqual(-1);
      expect(Number(row.score)).toBeLessThanOrEqual(1);
      expect(Number(row.confidence)).toBeGreaterThanOrEqual(0);
    }
    expect(rows[0].reasons).toMatch(/delayed/);
  });

  it('reads another text column and writes a row for a row the CSV parser cannot read', async () => {
    const file = tempFile('in.csv', 'id,body,extra\n1,great service,x\n2,too,many,columns\n3,still waiting for my refund,y\n');
    const r = await cli('score', '--text-column', 'body', file);
    expect(r.code).toBe(0);
    const rows = rowsOf(r.out);
    expect(rows.map((x) => x.label)).toEqual(['positive', 'neutral', 'negative']);
    expect(rows[1]).toMatchObject({ confidence: '0', reasons: expect.stringMatching(/unreadable CSV row at line 3/) });
    expect(r.err).toMatch(/1 of 3 rows could not be read/);
  });

  it.each([
    [['score', '--text-column', 'body'], 'in.csv', 1, /missing column "body" \(columns found: id, text\)/],
    [['score', '--model', 'nope.json'], 'in.csv', 2, /no such model file "nope.json"/],
    [['score'], null, 2, /exactly one CSV FILE/],
  ])('refuses %j', async (args, name, code, message) => {
    const r = await cli(...(args as string[]), ...(name ? [tempFile(name as string, INPUT)] : []));
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message as RegExp);
  });
});

describe('train', () => {
  const outFile = (): string => join(mkdtempSync(join(tmpdir(), 'lp-train-')), 'model.json');

  it('fits a model, prints its 5-fold macro-F1, and score --model uses it', async () => {
    const out = outFile();
    const input = tempFile('labels.csv', labelledCsv(20).replace('text,label', 'body,sentiment'));
    const r = await cli('train', '--input', input, '--text-column', 'body', '--label-column', 'sentiment', '--out', out);
    expect(r.code).toBe(0);
    const f1 = Number(/cross-validated macro-F1: ([\d.]+) \(5-fold, 60 examples\)/.exec(r.out)?.[1]);
    expect(f1).toBeGreaterThan(0.5);
    const scored = await cli('score', '--model', out, tempFile('in.csv', 'text\nstill no refund #1\nthanks for the upgrade #3\n'));
    expect(scored.code).toBe(0);
    expect(rowsOf(scored.out).map((x) => x.label)).toEqual(['negative', 'positive']);
  });

  it('prints JSON with --json', async () => {
    const r = await cli('train', '--input', tempFile('l.csv', labelledCsv(10)), '--out', outFile(), '--json');
    expect(JSON.parse(r.out)).toMatchObject({ folds: 5, examples: 30, confusion: { labels: ['negative', 'neutral', 'positive'] } });
  });

  it.each([
    ['unknown labels', labelledCsv(5, ['"so so",mixed', '"meh",Mixed', '"hmm",']), /unknown labels in column "label": "mixed" \(1 row, first at line 17\), "Mixed" \(1 row, first at line 18\), "" \(1 row, first at line 19\); expected negative, neutral, positive/],
    ['a missing label column', 'text,sentiment\nhi,positive\n', /missing column "label" \(columns found: text, sentiment\)/],
    ['missing text and label columns', 'a,b\n1,2\n', /missing columns "text", "label"/],
    ['too few examples', 'text,label\na,negative\nb,positive\n', /at least 5 labelled examples/],
  ])('refuses a label file with %s, naming them', async (_name, csv, message) => {
    const out = outFile();
    const r = await cli('train', '--input', tempFile('labels.csv', csv), '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('requires --input and --out', async () => {
    expect((await cli('train', '--out', outFile())).code).toBe(2);
    expect((await cli('train', '--input', 'x.csv')).code).toBe(2);
  });
});
