// Helpers of the live and wall end-to-end specs: posts pushed through the webhook, a server that
// can be stopped and started again on the same port and database (reconnect), alerts cleared.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const CLI = join(process.cwd(), 'out/cli/index.js');

/** A post for the webhook; `created_at` defaults to now. */
export interface HookPost {
  id: string;
  site?: string;
  author?: string;
  text: string;
  created_at?: number;
  author_followers?: number;
}

/** Pushes posts to a served app's webhook and returns how many were imported. */
export async function pushPosts(base: string, posts: HookPost[], token?: string): Promise<number> {
  const body = posts.map((p) => ({
    site: 'twitter',
    author: `user_${p.id}`,
    created_at: String(Date.now()),
    ...p,
    ...(p.created_at !== undefined ? { created_at: String(p.created_at) } : {}),
    ...(p.author_followers !== undefined ? { author_followers: String(p.author_followers) } : {}),
  }));
  const res = await fetch(new URL('hooks/posts', base), {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`webhook answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { value: { imported: number } }).value.imported;
}

/** Negative posts the built-in scorer labels as such, about lost baggage (one topic). */
export function negativeBurst(n: number, prefix = 'neg'): HookPost[] {
  return Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i}`, author: `angry_${prefix}_${i}`, text: `@AcmeAirHelp Lost my bag again, this is terrible and the worst airline ever #${i}` }));
}

/** Calls a contract method over HTTP. */
export async function callApi<T>(base: string, method: string, body: object, token?: string): Promise<T> {
  const res = await fetch(new URL(`api/${method}`, base), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const r = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!r.ok) throw new Error(r.error?.message ?? 'call failed');
  return r.value;
}

/** Acknowledges every open alert (so screenshots show the boards, not a takeover). */
export async function acknowledgeAll(base: string, token?: string): Promise<void> {
  const open = await callApi<{ id: number }[]>(base, 'alerts.list', { openOnly: true }, token);
  if (open.length) await callApi(base, 'alerts.acknowledge', { ids: open.map((a) => a.id), by: 'e2e' }, token);
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** A `serve` process on a chosen port and database. */
export interface ServeProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts `serve` on `port` with `db`, resolving once it listens. */
export async function startServe(db: string, port: number): Promise<ServeProcess> {
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /served at (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
  return {
    url,
    pid: child.pid ?? 0,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

/** A running feed of posts into the webhook. */
export interface Feed {
  /** Posts stored so far. */
  readonly posts: number;
  /** Resolves when `total` posts have been sent. */
  done(): Promise<{ posts: number; seconds: number }>;
  stop(): Promise<{ posts: number; seconds: number }>;
}

/**
 * Pushes `perSecond` posts a second (ten batches a second, times = now, as the replay connector
 * does) until `total` are sent or it is stopped.
 */
export function feedPosts(base: string, perSecond: number, total = Number.POSITIVE_INFINITY): Feed {
  let running = true;
  let posts = 0;
  const started = Date.now();
  const size = Math.max(1, Math.round(perSecond / 10));
  const loop = (async () => {
    for (let tick = 0; running && tick * size < total; tick++) {
      const due = started + tick * 100;
      if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
      const batch: HookPost[] = Array.from({ length: size }, (_, i) => ({
        id: `feed-${started}-${tick}-${i}`,
        site: ['twitter', 'twitter', 'forum', 'reviews'][i % 4],
        author: `fan${(tick * 7 + i) % 5000}`,
        text: FEED_TEXTS[(tick + i) % FEED_TEXTS.length],
      }));
      posts += await pushPosts(base, batch);
    }
  })();
  return {
    get posts() {
      return posts;
    },
    done: async () => {
      await loop;
      return { posts, seconds: (Date.now() - started) / 1000 };
    },
    stop: async () => {
      running = false;
      await loop;
      return { posts, seconds: (Date.now() - started) / 1000 };
    },
  };
}

const FEED_TEXTS = [
  '@AcmeAirHelp my flight was delayed three hours and nobody tells us anything',
  '@AcmeAirHelp lost my bag again, worst airline',
  '@AcmeAirHelp thanks for the quick help with my booking, great service',
  '@AcmeAirHelp still waiting for my refund after two weeks',
  '@AcmeAirHelp can I change my seat online?',
  '@AcmeAirHelp the app crashes when I check in',
];
