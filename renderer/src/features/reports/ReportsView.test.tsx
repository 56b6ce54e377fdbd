// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isoWeekOf, previousWeek } from '../../../../shared/time/isoWeek';
import { sampleReport } from './reportFixture';

type Handler = (req: Record<string, unknown>) => { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
const handlers: Record<string, Handler> = {};
const calls: { method: string; req: Record<string, unknown> }[] = [];
const listeners = new Map<string, (p: unknown) => void>();
vi.mock('../../api/client', () => ({
  call: vi.fn(async (method: string, req: Record<string, unknown>) => {
    calls.push({ method, req });
    const h = handlers[method];
    return h ? h(req) : { ok: false, error: { code: 'unavailable', message: `no ${method}` } };
  }),
  subscribe: vi.fn((name: string, l: (p: unknown) => void) => {
    listeners.set(name, l);
    return () => listeners.delete(name);
  }),
}));
vi.mock('../../components/EChart', () => ({ EChart: (p: { testId: string }) => <div data-testid={p.testId} /> }));
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const { ReportsView } = await import('./ReportsView');
const { browserTimeZone } = await import('./reportQuery');

let root: Root | null = null;
let host: HTMLElement;
const $ = <T extends HTMLElement = HTMLElement>(id: string) => host.querySelector<T>(`[data-testid="${id}"]`);
const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));
const reportCalls = () => calls.filter((c) => c.method === 'reports.get').map((c) => c.req);

/** Sets an input's value the way React notices, then fires the event. */
async function type(el: HTMLInputElement, value: string, commit: 'blur' | 'none' = 'blur'): Promise<void> {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    if (commit === 'blur') el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  });
  await settle();
}

beforeEach(async () => {
  calls.length = 0;
  const now = Date.now();
  handlers['sites.list'] = () => ({ ok: true, value: [{ id: 1, name: 'twitter', kind: 'microblog', policy: 'respond', urlPattern: null, enabled: true }] });
  handlers['app.info'] = () => ({ ok: true, value: { appVersion: '1', dbPath: 'x', dbBytes: 1, schemaVersion: 1, lastIngestAt: null, readOnly: false } });
  handlers['posts.search'] = (req) => ({ ok: true, value: { total: 2, totalCapped: false, items: [{ createdAt: req.oldestFirst ? now - 30 * 86_400_000 : now }] } });
  handlers['reports.get'] = (req) =>
    req.timeZone === 'Mars/Olympus' ? { ok: false, error: { code: 'invalid', message: 'timeZone: unknown time zone "Mars/Olympus"' } } : { ok: true, value: sampleReport() };
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root?.render(<ReportsView />));
  await settle();
});
afterEach(async () => {
  await act(async () => root?.unmount());
  host.remove();
});

describe('ReportsView', () => {
  it('opens on the last complete week with data, in the browser zone, PII masked', async () => {
    const zone = browserTimeZone();
    expect(reportCalls()).toEqual([{ week: previousWeek(isoWeekOf(Date.now(), zone).label), timeZone: zone, includePii: false }]);
    expect($('kpi-volume')?.textContent).toContain('120');
    expect($<HTMLInputElement>('report-pii')?.checked).toBe(false);
  });

  it('asks again for the next week, with PII, and for a site', async () => {
    const week = reportCalls()[0].week as string;
    await act(async () => $('week-next')?.click());
    await settle();
    await act(async () => $('report-pii')?.click());
    await settle();
    const select = $<HTMLSelectElement>('report-site') as HTMLSelectElement;
    await act(async () => {
      select.value = '1';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(reportCalls().slice(1)).toEqual([
      expect.objectContaining({ week: isoWeekOf(Date.now(), browserTimeZone()).label, includePii: false }),
      expect.objectContaining({ includePii: true }),
      expect.objectContaining({ includePii: true, siteId: 1 }),
    ]);
    expect(week).not.toBe(reportCalls()[1].week);
  });

  it("shows the server's sentence for an unknown zone and a local one for a malformed week", async () => {
    await type($<HTMLInputElement>('report-zone') as HTMLInputElement, 'Mars/Olympus');
    expect($('report-error')?.textContent).toBe('timeZone: unknown time zone "Mars/Olympus"');
    expect($('report')).toBeNull();
    await type($<HTMLInputElement>('report-zone') as HTMLInputElement, 'UTC');
    await type($<HTMLInputElement>('report-week') as HTMLInputElement, '2017-44');
    expect($('report-error')?.textContent).toMatch(/^Week: "2017-44" is not an ISO week/);
    expect($<HTMLButtonElement>('week-next')?.disabled).toBe(true);
  });

  it('shows progress while a report is computed', async () => {
    let finish: (v: unknown) => void = () => {};
    const { call } = await import('../../api/client');
    vi.mocked(call).mockImplementationOnce(() => new Promise((r) => (finish = r as (v: unknown) => void)));
    await act(async () => $('week-prev')?.click());
    await act(async () => listeners.get('reports.progressed')?.({ step: 'topics', done: 3, total: 9 }));
    expect($('report-loading')?.textContent).toBe('Computing the report… topics (3 of 9)');
    await act(async () => finish({ ok: true, value: sampleReport() }));
    await settle();
    expect($('report-loading')).toBeNull();
  });

  it('exports into a folder and lists the written paths and why there is no PDF', async () => {
    handlers['reports.export'] = (req) => ({
      ok: true,
      value: { dir: req.dir, html: `${req.dir}/report.html`, pdf: null, pdfError: 'no Chromium found', csv: [`${req.dir}/sites.csv`], snapshotHash: 'abc' },
    });
    await act(async () => $('open-export')?.click());
    await act(async () => $('export-run')?.click());
    expect($('export-error')?.textContent).toMatch(/^Folder:/);
    await type($<HTMLInputElement>('export-dir') as HTMLInputElement, '/tmp/out', 'none');
    await act(async () => $('export-pdf')?.click());
    await act(async () => $('export-run')?.click());
    await settle();
    expect(calls.find((c) => c.method === 'reports.export')?.req).toEqual({ ...reportCalls()[0], dir: '/tmp/out', pdf: true });
    expect([...host.querySelectorAll('[data-testid="export-path"]')].map((e) => e.textContent)).toEqual(['/tmp/out/report.html', '/tmp/out/sites.csv']);
    expect($('export-pdf-error')?.textContent).toBe('No PDF: no Chromium found');
  });

  it('loads the schedule, shows the last run and its error, and saves what was edited', async () => {
    const stored = { enabled: true, dir: '/srv/reports', timeZone: 'Europe/London', hour: 7, pdf: true, includePii: false, lastWeek: '2017-W44', lastRunAt: Date.UTC(2017, 10, 6, 7), lastError: 'no Chromium found' };
    handlers['reports.schedule'] = () => ({ ok: true, value: stored });
    handlers['reports.saveSchedule'] = (req) => ({ ok: true, value: { ...stored, ...req } });
    await act(async () => $('open-schedule')?.click());
    await settle();
    expect($<HTMLInputElement>('schedule-dir')?.value).toBe('/srv/reports');
    expect($('schedule-last')?.textContent).toMatch(/^Last run .+ for 2017-W44\. Last error: no Chromium found$/);
    await type($<HTMLInputElement>('schedule-hour') as HTMLInputElement, '6', 'none');
    await act(async () => $('schedule-pii')?.click());
    await act(async () => $('schedule-save')?.click());
    await settle();
    expect(calls.find((c) => c.method === 'reports.saveSchedule')?.req).toEqual({ enabled: true, dir: '/srv/reports', timeZone: 'Europe/London', hour: 6, pdf: true, includePii: true });
    expect($('schedule-panel')?.textContent).toContain('Saved.');
  });
});
