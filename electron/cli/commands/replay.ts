import { Db } from '../../core/db/database';
import { openCore, type Core } from '../../core/core';
import { replayPosts, type ReplayProgress, type ReplaySink } from '../../core/connectors/replay';
import { countDatabasePosts, databaseSink, postsOfDatabase, webhookSink } from '../../core/connectors/replaySinks';
import type { DemoSite } from '../../core/demo/demoModel';
import { generateDemo } from '../../core/demo/generateDemo';
import { registerDemoSites } from '../../core/demo/loadDemo';
import type { IncomingPost } from '../../core/ingest/preset';
import { resolveDbPath } from '../../core/paths';
import { intOption, UsageError, type Command } from '../command';

interface Source {
  label: string;
  sites: DemoSite[];
  posts: AsyncIterable<IncomingPost> | Iterable<IncomingPost>;
  total: number;
  close(): Promise<void>;
}

async function openSource(values: Record<string, unknown>): Promise<Source> {
  if (values.demo) {
    const seed = intOption(values, 'seed', 7);
    const demo = generateDemo({ seed, days: intOption(values, 'days', 21) });
    return { label: `replay of demo (seed ${seed})`, sites: demo.sites, posts: demo.posts, total: demo.posts.length, close: async () => undefined };
  }
  const file = values['from-db'] as string;
  const db = await Db.open(file, { readOnly: true });
  return { label: `replay of ${file}`, sites: [], posts: postsOfDatabase(db), total: await countDatabasePosts(db), close: () => db.close() };
}

function progressPrinter(total: number): (p: ReplayProgress) => void {
  return (p) => process.stderr.write(`\rreplayed ${p.posted.toLocaleString('en-US')}/${total.toLocaleString('en-US')} posts, now at ${new Date(p.playedTo).toISOString().slice(0, 16)}   `);
}

/** `replay`: play a stored dataset or the demo back in accelerated time, into a database or a running app. */
export const replayCommand: Command = {
  name: 'replay',
  summary: 'play imported posts or the demo back in accelerated time, for live views',
  usage: `replay [--db FILE | --to URL [--token T]] (--from-db OTHER | --demo [--seed N] [--days N]) [--speed N] [--keep-times] [--json]

Plays posts in their original order and spacing, sped up: --speed 60 (the default) plays an hour
a minute. Each post's time becomes the moment it is played, so live views see it arrive now
(response times shrink by the same factor); --keep-times keeps the original times instead.
--db writes into a database; --to pushes to a running app's webhook (serve, POST /hooks/posts), so
its open windows update live. With --demo and --db, the demo's sites are registered first.
Replaying the same posts twice adds nothing twice. Ctrl-C stops
after the batch in hand.`,
  options: {
    db: { type: 'string' },
    to: { type: 'string' },
    token: { type: 'string' },
    'from-db': { type: 'string' },
    demo: { type: 'boolean' },
    seed: { type: 'string' },
    days: { type: 'string' },
    speed: { type: 'string' },
    'keep-times': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run(values) {
    if (!values.demo === !values['from-db']) throw new UsageError('name one source: --from-db OTHER or --demo');
    if (values.to && values.db) throw new UsageError('choose --db or --to, not both');
    const speed = Number(values.speed ?? 60);
    if (!(speed > 0)) throw new UsageError(`--speed must be a positive number, got "${String(values.speed)}"`);
    const source = await openSource(values);
    const core: Core | null = values.to ? null : await openCore({ dbPath: resolveDbPath(values.db as string | undefined) });
    const ctl = new AbortController();
    const stop = (): void => ctl.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
      if (core) await registerDemoSites(core, source.sites);
      const local = core ? await databaseSink(core, source.label) : null;
      const sink: ReplaySink = local ?? webhookSink(values.to as string, values.token as string | undefined);
      const tty = process.stderr.isTTY && !values.json;
      const r = await replayPosts(source.posts, sink, { speed, keepTimes: !!values['keep-times'], signal: ctl.signal, onProgress: tty ? progressPrinter(source.total) : undefined });
      await local?.finish(r.cancelled);
      if (tty) process.stderr.write('\n');
      const out = { posted: r.posted, imported: r.imported, duplicates: r.duplicates, cancelled: r.cancelled };
      process.stdout.write(values.json ? `${JSON.stringify(out)}\n` : `${source.label}: ${r.posted} posts played, ${r.imported} new, ${r.duplicates} already there${r.cancelled ? ' (stopped early)' : ''}\n`);
      return 0;
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      await source.close();
      await core?.close();
    }
  },
};
