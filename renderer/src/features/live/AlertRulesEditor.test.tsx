// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_ALERT_RULES, type AlertRulesState } from '../../../../shared/domain/alertRules';

const state = (siteId: number | null, overrides: number[]): AlertRulesState => ({
  rules: DEFAULT_ALERT_RULES,
  defaults: DEFAULT_ALERT_RULES,
  updatedAt: null,
  updatedBy: null,
  siteId,
  overridden: [],
  overrides,
});

// The load of the site's thresholds is held back until `release` is called: it answers after the save.
let release: () => void = () => undefined;
vi.mock('../../api/client', () => ({
  call: vi.fn(async (method: string, req: { siteId?: number }) => {
    if (method === 'sites.list') return { ok: true, value: [{ id: 1, name: 'twitter' }] };
    if (method === 'alerts.saveRules') return { ok: true, value: state(1, [1]) };
    if (req.siteId === undefined) return { ok: true, value: state(null, []) };
    await new Promise<void>((r) => (release = r));
    return { ok: true, value: state(1, []) };
  }),
  subscribe: vi.fn(() => () => undefined),
}));
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const { AlertRulesEditor } = await import('./AlertRulesEditor');

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));

describe('AlertRulesEditor', () => {
  it('keeps what a save answered when an older load of the thresholds answers after it', async () => {
    const host = document.body.appendChild(document.createElement('div')); // a form submits only when in a document
    root = createRoot(host);
    await act(async () => root?.render(<AlertRulesEditor onClose={() => undefined} />));
    await settle();
    const select = host.querySelector('[data-testid="alert-rules-site"]') as HTMLSelectElement;
    await act(async () => {
      select.value = '1';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => (host.querySelector('[data-testid="alert-rules-save"]') as HTMLButtonElement).click());
    await settle();
    await act(async () => release());
    await settle();
    expect((host.querySelector('[data-testid="alert-rules-site"] option:checked') as HTMLOptionElement).textContent).toBe('twitter (own thresholds)');
  });
});
