import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core/core';
import { memoryCore } from '../core/testing/fixtures';
import { MAX_API_BODY, startServer } from './server';

let stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const s of stops) await s();
  stops = [];
});

async function serve(token?: string): Promise<{ url: string; core: Core }> {
  const core = await memoryCore();
  const s = await startServer({ core, staticDir: '/nonexistent', token });
  stops.push(async () => {
    await s.close();
    await core.close();
  });
  return { url: s.url, core };
}

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

describe('browser-served mode', () => {
  it('answers POST /api/<method> with a Result', async () => {
    const { url } = await serve();
    const res = await post(`${url}api/stats.get`, '{}');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, value: { posts: 0, schemaVersion: expect.any(Number) } });
  });

  it.each([
    ['unknown method', 'api/nope.nope', '{}', 404],
    ['invalid request', 'api/posts.search', '{"limit": -1}', 400],
    ['invalid JSON', 'api/posts.search', '{', 400],
  ])('%s → %i', async (_name, path, body, status) => {
    const { url } = await serve();
    const res = await post(url + path, body);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { ok: boolean }).ok).toBe(false);
  });

  it('names the bad field in a 400', async () => {
    const { url } = await serve();
    const res = await post(`${url}api/posts.search`, '{"limit": "x"}');
    expect(await res.json()).toMatchObject({ error: { field: 'limit', message: 'limit must be a finite number' } });
  });

  it('refuses bodies over the limit with 413', async () => {
    const { url } = await serve();
    const res = await post(`${url}api/posts.search`, JSON.stringify({ query: 'x'.repeat(MAX_API_BODY + 10) }));
    expect(res.status).toBe(413);
  });

  it('with a token, refuses requests without it (401) and accepts Bearer or ?token=', async () => {
    const { url } = await serve('tok');
    expect((await post(`${url}api/stats.get`, '{}')).status).toBe(401);
    expect((await post(`${url}api/stats.get`, '{}', { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await post(`${url}api/stats.get`, '{}', { authorization: 'Bearer tok' })).status).toBe(200);
    expect((await fetch(`${url}?token=tok`)).status).not.toBe(401);
    expect((await fetch(`${url}events`)).status).toBe(401);
  });

  it('refuses to serve beyond loopback without a token', async () => {
    const core = await memoryCore();
    await expect(startServer({ core, staticDir: '/x', host: '0.0.0.0' })).rejects.toThrow(/--token is required/);
    await core.close();
  });

  it('pushes core events over Server-Sent Events', async () => {
    const { url, core } = await serve();
    const ctl = new AbortController();
    const res = await fetch(`${url}events`, { signal: ctl.signal });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    core.events.emit('posts.ingested', { count: 3, at: 5 });
    let text = '';
    while (!text.includes('"count":3')) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toContain('event: posts.ingested\ndata: {"count":3,"at":5}');
    ctl.abort();
  });
});
