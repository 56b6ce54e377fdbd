import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escapeHtml';
import { formatChange, formatCount, formatLocalTime, formatNet } from './format';
import { renderReportHtml } from './renderReportHtml';
import { AWKWARD, HOSTILE, reportFixture } from './reportFixture';

const html = renderReportHtml(reportFixture());
const doc = new JSDOM(html).window.document;

describe('escapeHtml', () => {
  it.each([
    [HOSTILE, '&lt;img src=x onerror=alert(1)&gt;'],
    [`a"b'c&d`, 'a&quot;b&#39;c&amp;d'],
    [null, ''],
    [42, '42'],
  ])('%j → %j', (input, out) => expect(escapeHtml(input)).toBe(out));
});

describe('format', () => {
  it.each([
    [{ current: 1029, previous: 950, delta: 79, changePct: 8.3157 }, '+79 (+8.3%)'],
    [{ current: 200, previous: 210, delta: -10, changePct: -4.7619 }, '−10 (−4.8%)'],
    [{ current: 90, previous: 0, delta: 90, changePct: null }, '+90 (new)'],
    [{ current: 0, previous: 0, delta: 0, changePct: null }, '±0'],
  ])('formatChange %j', (c, out) => expect(formatChange(c)).toBe(out));

  it('formats counts, net and local times without the machine locale', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatNet(-18.46)).toBe('−18.5');
    expect(formatNet(0.04)).toBe('0.0');
    // 29 October 2017 01:30 UTC is 01:30 GMT in London (BST ended at 01:00 UTC) and 02:30 in Paris.
    expect(formatLocalTime(Date.UTC(2017, 9, 29, 1, 30), 'Europe/London')).toBe('2017-10-29 01:30');
    expect(formatLocalTime(Date.UTC(2017, 9, 29, 1, 30), 'Europe/Paris')).toBe('2017-10-29 02:30');
  });
});

describe('renderReportHtml', () => {
  it('lets no tag, script or external resource through', () => {
    expect(doc.querySelectorAll('img, script, iframe, object, embed, link').length).toBe(0);
    // The hostile text is there, but only as escaped text.
    expect(html).not.toMatch(/<script|<img|<iframe/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\((?!#)/i);
    // Clip paths are local and unique per chart.
    const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    // No element anywhere carries an event-handler attribute.
    const handlers = [...doc.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith('on'));
    expect(handlers).toEqual([]);
  });

  it('shows hostile and awkward names as text, whole', () => {
    const text = doc.body.textContent ?? '';
    expect(text).toContain(HOSTILE);
    expect(text).toContain(`@${HOSTILE}`);
    const cells = [...doc.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells).toContain(AWKWARD);
  });

  it('has the sections in the order of the issue, with charts as inline SVG', () => {
    expect([...doc.querySelectorAll('section')].map((s) => s.id)).toEqual(['volume', 'sentiment', 'topics', 'response', 'cases', 'persistence', 'reach', 'alerts', 'channels', 'site-shares']);
    expect(doc.querySelectorAll('#volume svg').length).toBe(2);
    expect(doc.querySelectorAll('#sentiment svg').length).toBe(1);
    expect(doc.querySelectorAll('#site-shares svg').length).toBe(1);
    // The daily chart stacks one bar per sentiment class and day (7 days × 4 classes).
    expect(doc.querySelectorAll('#sentiment svg path[ecmeta_ssr_type=chart]').length).toBe(28);
  });

  it('names range, time zone, snapshot, models, rules and PII in the header', () => {
    const header = doc.querySelector('header')?.textContent ?? '';
    expect(header).toContain('Weekly review 2017-W44');
    expect(header).toContain('2017-10-30 00:00 to 2017-11-06 00:00, Europe/London');
    expect(header).toContain('a3f5c0ffee0123456789abcdef');
    expect(header).toContain('lexicon-v3');
    expect(header).toContain('persistence persist-2');
    expect(doc.querySelector('[data-pii]')?.getAttribute('data-pii')).toBe('masked');
    const included = reportFixture();
    included.provenance.piiIncluded = true;
    expect(renderReportHtml(included)).toContain('data-pii="included"');
  });

  it('puts the figures of the fixture in its tables', () => {
    const row = [...doc.querySelectorAll('#volume tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(row[0]).toEqual(['twitter', 'microblog', '640', '700', '+60 (+9.4%)']);
    const response = [...doc.querySelectorAll('#response tbody tr')][2];
    expect(response.querySelectorAll('td')[5].className).toBe('num bad');
    expect(doc.querySelector('#cases .figures')?.textContent).toContain('19.5 h');
    expect(doc.querySelector('#alerts tbody')?.textContent).toContain('not acknowledged');
    // Totals count every unhappy customer, though the table lists one new one.
    expect(doc.querySelector('#persistence .figure .value')?.textContent).toBe('4');
  });

  it('reports progress per section', () => {
    const seen: number[] = [];
    renderReportHtml(reportFixture(), (done, total) => seen.push(done / total));
    expect(seen).toHaveLength(10);
    expect(seen.at(-1)).toBe(1);
  });
});
