// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ViewNode } from './viewGraph';

const calls: Array<{ method: string; req: Record<string, unknown> }> = [];
let postCount = { total: 31, totalCapped: false };
const POST = { id: 7, externalId: 'x7', siteId: 1, siteName: 'twitter', author: 'ann', createdAt: 1_700_000_000_000, text: '<img src=x onerror=alert(1)> lost bag', url: null, inReplyTo: null, parentId: null, authorFollowers: null, relevant: true, sentiment: { label: 'negative', score: -0.6, confidence: 0.8, correctedLabel: null } };
const CASE = { id: 3, siteId: 1, title: 'Lost bag', columnId: 2, assignee: 'Sam', post: { text: 'lost bag' } };
vi.mock('../../api/client', () => ({
  call: vi.fn(async (method: string, req: Record<string, unknown>) => {
    calls.push({ method, req });
    if (method === 'posts.search') return { ok: true, value: { ...postCount, items: [POST] } };
    if (method === 'cases.list') return { ok: true, value: { total: 1, items: [CASE], columns: [{ id: 2, name: 'Triaged' }], assignees: [] } };
    return { ok: false, error: { code: 'unavailable', message: method } };
  }),
  subscribe: vi.fn(() => () => undefined),
}));
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const { AuthorPanel } = await import('./AuthorPanel');

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  calls.length = 0;
  postCount = { total: 31, totalCapped: false };
  window.sessionStorage.clear();
});

const node = { authorId: 42, key: 42, kind: 'author', handle: 'ann', site: 'twitter', label: '@ann' } as ViewNode;

async function mount(props: Partial<Parameters<typeof AuthorPanel>[0]> = {}): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root?.render(<AuthorPanel node={node} onClose={() => undefined} onEgo={() => undefined} onCascade={() => undefined} {...props} />));
  await act(async () => new Promise((r) => setTimeout(r, 0)));
  return host;
}

describe('AuthorPanel', () => {
  it('asks for the author’s posts and cases, shows post text as text, and opens a case in the Cases view', async () => {
    const host = await mount();
    expect(calls.map((c) => [c.method, c.req.authorId])).toEqual([['posts.search', 42], ['cases.list', 42]]);
    const text = host.querySelector('[data-testid="author-post-text"]');
    expect(text?.textContent).toBe('<img src=x onerror=alert(1)> lost bag');
    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toContain('Recent posts (1 of 31)');
    expect(host.querySelector('[data-testid="author-case"]')?.textContent).toBe('#3 Lost bag · Triaged · Sam');
    const open = host.querySelector<HTMLAnchorElement>('[data-testid="author-case-open"]');
    expect(open?.getAttribute('href')).toBe('#/cases');
    act(() => open?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })));
    expect(window.sessionStorage.getItem('lp.openCase')).toBe('3');
  });

  it('shows a capped count of posts as "N+"', async () => {
    postCount = { total: 10_000, totalCapped: true };
    const host = await mount();
    expect(host.textContent).toContain('Recent posts (1 of 10,000+)');
  });

  it('offers the author’s ego network and the cascade of a post', async () => {
    const onEgo = vi.fn();
    const onCascade = vi.fn();
    const host = await mount({ onEgo, onCascade });
    act(() => host.querySelector<HTMLButtonElement>('[data-testid="author-panel-ego"]')?.click());
    act(() => host.querySelector<HTMLButtonElement>('[data-testid="author-post-cascade"]')?.click());
    expect(onEgo).toHaveBeenCalledWith(42);
    expect(onCascade).toHaveBeenCalledWith(7);
  });
});
