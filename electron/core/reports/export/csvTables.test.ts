import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { formatCsvNumber, renderCsv } from './csvFormat';
import { renderReportCsvs } from './csvTables';
import { AWKWARD, FORMULA, HOSTILE, reportFixture } from './reportFixture';

const csvs = new Map(renderReportCsvs(reportFixture()).map((f) => [f.name, f.content]));
const read = (name: string): string[][] => parse(csvs.get(name) ?? '', { relax_column_count: false });

describe('CSV export', () => {
  it('writes one file per table in a fixed order', () => {
    expect([...csvs.keys()]).toEqual(['sites.csv', 'topics.csv', 'reasons.csv', 'cases.csv', 'persistence.csv', 'reach.csv', 'alerts.csv', 'channels.csv', 'site-shares.csv', 'days.csv', 'trend.csv']);
  });

  it('ends every record with \\n only and gives the same bytes when regenerated', () => {
    for (const content of csvs.values()) {
      expect(content.endsWith('\n')).toBe(true);
      expect(content).not.toContain('\r');
    }
    const again = renderReportCsvs(reportFixture());
    expect(again.map((f) => Buffer.from(f.content).toString('base64'))).toEqual([...csvs.values()].map((c) => Buffer.from(c).toString('base64')));
  });

  it('guards text cells against formula injection but keeps negative numbers', () => {
    const topics = read('topics.csv');
    expect(topics[0]).toEqual(['topic', 'site', 'count', 'count_previous', 'count_change_pct', 'negative_share']);
    expect(topics.find((t) => t[0].includes('HYPERLINK'))?.[0]).toBe(`'${FORMULA}`);
    expect(read('reasons.csv')[2][0]).toBe(`'-1+2 ${HOSTILE}`);
    expect(read('reach.csv')[3][2]).toBe(`'@${FORMULA}`);
    expect(read('persistence.csv')[3][6]).toBe(`'@+1 555`);
    // A negative figure is a number, not a formula: no quote before it.
    const sites = read('sites.csv');
    expect(sites[1][sites[0].indexOf('net')]).toBe('-22.8');
    expect(read('days.csv')[1]).toEqual(['2017-10-30', '120', '20', '50', '45', '5', '-21.7']);
    expect(read('trend.csv')[1]).toEqual(['2017-W37', '800', '-10.0', '0.3000', '60']);
  });

  it('keeps quotes, commas, newlines and non-Latin text intact through a parse', () => {
    const sites = read('sites.csv');
    expect(sites.map((s) => s[1])).toEqual(['site', 'twitter', HOSTILE, AWKWARD]);
    expect(sites.every((s) => s.length === sites[0].length)).toBe(true);
  });

  it('writes nulls as empty cells and numbers in fixed formats', () => {
    const sites = read('sites.csv');
    const head = sites[0];
    const forum = Object.fromEntries(head.map((h, i) => [h, sites[2][i]]));
    expect(forum).toMatchObject({ volume: '200', volume_previous: '210', volume_change_pct: '-4.8', response_rate: '', response_rate_previous: '0.5000', sla_target_min: '', within_sla: '' });
    const cases = read('cases.csv');
    expect(cases[1]).toEqual(['', 'all sites', '48', '40', '41', '44', '6', '3', '19.5']);
    expect(read('alerts.csv')[2][6]).toBe('');
    expect(read('alerts.csv')[1][1]).toBe('2017-11-02T01:00:00.000Z');
  });

  it.each([
    [0.5, 'dec4', '0.5000'],
    [-0.00001, 'dec1', '0.0'],
    [2.25, 'int', '2'],
    [-18.46, 'dec1', '-18.5'],
  ] as const)('formatCsvNumber(%d, %s) = %s', (v, f, out) => expect(formatCsvNumber(v, f)).toBe(out));

  it('quotes tab- and CR-led cells too', () => {
    expect(renderCsv([{ header: 'x', value: (v: string) => v }], ['\tcmd', '+1', '\rx'])).toBe(`x\n'\tcmd\n'+1\n"'\rx"\n`);
  });
});
