// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyReport, HOSTILE, sampleReport } from './reportFixture';

// Charts are drawn by ECharts on canvas, which jsdom lacks; their options are tested on their own.
vi.mock('../../components/EChart', () => ({ EChart: (p: { testId: string; label: string }) => <div data-testid={p.testId} aria-label={p.label} /> }));
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const { ReportBody } = await import('./ReportBody');

let root: Root | null = null;
async function render(node: React.ReactNode): Promise<HTMLElement> {
  const host = document.createElement('div');
  root = createRoot(host);
  await act(async () => root?.render(node));
  return host;
}
afterEach(async () => {
  await act(async () => root?.unmount());
  root = null;
});

const byTestId = (host: HTMLElement, id: string) => [...host.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const text = (host: HTMLElement, id: string) => byTestId(host, id)[0]?.textContent ?? '';

describe('ReportBody', () => {
  it('shows the headline figures with arrows and signed changes', async () => {
    const host = await render(<ReportBody report={sampleReport()} readOnly={false} />);
    const tile = (id: string) => ({ value: text(byTestId(host, `kpi-${id}`)[0], 'kpi-value'), delta: byTestId(byTestId(host, `kpi-${id}`)[0], 'kpi-delta')[0] });
    expect(tile('volume').value).toBe('120');
    expect(tile('volume').delta.textContent).toBe('▲ +20 (+20%) (up against 2017-W43)');
    expect(tile('net').value).toBe('−12.5');
    expect(tile('net').delta.className).toBe('delta bad');
    expect(tile('net').delta.textContent).toContain('▼ −8.5 pts');
    expect(tile('response').value).toBe('75%');
    expect(tile('response').delta.textContent).toContain('▼ −5 pts');
    expect(tile('contacts').delta.textContent).toContain('▬ ±0 (±0%)');
  });

  it('renders hostile handles, topics and alert titles as text', async () => {
    const host = await render(<ReportBody report={sampleReport()} readOnly={false} />);
    expect(host.querySelector('img')).toBeNull();
    expect(byTestId(host, 'count-name').map((e) => e.textContent)).toContain(HOSTILE);
    expect(byTestId(host, 'person-handle').filter((e) => e.textContent === HOSTILE)).toHaveLength(2);
    expect(text(host, 'alert-title')).toContain(`Spike: ${HOSTILE}`);
    // Core caps the rows per status; the note counts them all.
    expect(byTestId(host, 'section-persistence')[0].querySelector('header')?.textContent).toBe('Persistently unhappy5 new · 1 continuing · 1 recovered');
  });

  it('marks a site over its SLA target and one within it, in words as well as colour', async () => {
    const host = await render(<ReportBody report={sampleReport()} readOnly={false} />);
    const sla = byTestId(host, 'site-sla');
    expect(sla[0].className).toBe('sla over');
    expect(sla[0].textContent).toBe('42 min / 30 min✗ over by 12 min · 40% in time');
    expect(sla[1].className).toBe('sla within');
    expect(sla[1].textContent).toContain('✓ within target');
  });

  it('names range, zone, short hash (full on hover), versions and the PII and snapshot badges', async () => {
    const r = sampleReport();
    let host = await render(<ReportBody report={r} readOnly={false} />);
    expect(text(host, 'report-range')).toBe('2017-W44');
    expect(text(host, 'report-header-zone')).toBe('Europe/London');
    expect(text(host, 'report-hash')).toBe('a3f1c9e07b5d');
    expect(byTestId(host, 'report-hash')[0].title).toBe(r.provenance.snapshotHash);
    expect(text(host, 'report-models')).toBe('lexicon-1, nb-2017-10');
    expect(text(host, 'report-rules')).toBe('persistence persist-1 · pii pii-2 · sla sla-4 · topics topics-3');
    expect(text(host, 'pii-badge')).toBe('PII masked');
    expect(byTestId(host, 'snapshot-badge')).toHaveLength(0);
    await act(async () => root?.unmount());
    host = await render(<ReportBody report={{ ...r, provenance: { ...r.provenance, piiIncluded: true, fromSnapshot: true } }} readOnly={false} />);
    expect(text(host, 'pii-badge')).toBe('PII included');
    expect(text(host, 'snapshot-badge')).toBe('from snapshot (read-only)');
  });

  it('says in a sentence that each section of an empty week is empty', async () => {
    const host = await render(<ReportBody report={emptyReport()} readOnly={true} />);
    const sections = ['daily', 'trend', 'site-chart', 'cases', 'sites', 'topics', 'reasons', 'persistence', 'reach', 'alerts', 'channels', 'shares'];
    for (const s of sections) expect(text(host, `section-${s}-empty`), s).toMatch(/^No .+\.$/);
    expect(byTestId(host, 'chart-daily')).toHaveLength(0);
    expect(text(host, 'snapshot-badge')).toBe('from snapshot (read-only)');
    expect(text(byTestId(host, 'kpi-net')[0], 'kpi-value')).toBe('–');
  });
});

describe('long tables', () => {
  it('show the first rows and all of them when asked', async () => {
    const r = sampleReport();
    const topics = Array.from({ length: 14 }, (_, i) => ({ ...r.topics[0], name: `topic ${i}` }));
    const host = await render(<ReportBody report={{ ...r, topics }} readOnly={false} />);
    const section = byTestId(host, 'section-topics')[0];
    expect(byTestId(section, 'count-row')).toHaveLength(10);
    const button = byTestId(section, 'show-all')[0];
    expect(button.textContent).toBe('Show all 14 (4 more)');
    await act(async () => button.click());
    expect(byTestId(section, 'count-row')).toHaveLength(14);
    expect(byTestId(section, 'show-all')).toHaveLength(0);
  });
});
