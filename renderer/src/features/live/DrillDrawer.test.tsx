// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';

let answer = { total: 0, totalCapped: false, items: [] as unknown[] };
vi.mock('../../api/client', () => ({
  call: vi.fn(async () => ({ ok: true, value: answer })),
  subscribe: vi.fn(() => () => undefined),
}));
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const { DrillDrawer } = await import('./DrillDrawer');

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
});

async function totalShown(): Promise<string | null | undefined> {
  const host = document.createElement('div');
  root = createRoot(host);
  const drill = { title: '10:00', request: { from: 0, to: 1 } };
  await act(async () => root?.render(<DrillDrawer drill={drill} onClose={() => undefined} />));
  await act(async () => new Promise((r) => setTimeout(r, 0)));
  return host.querySelector('[data-testid="drill-total"]')?.textContent;
}

describe('DrillDrawer', () => {
  it.each([
    [{ total: 1, totalCapped: false }, '1 post'],
    [{ total: 1234, totalCapped: false }, '1,234 posts'],
    [{ total: 10_000, totalCapped: true }, '10,000+ posts'],
  ])('shows the count %j as "%s"', async (count, text) => {
    answer = { ...count, items: [] };
    expect(await totalShown()).toBe(text);
  });
});
