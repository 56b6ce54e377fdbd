import type { FeedPollResult } from '../../../shared/domain/feed';
import type { DroppedFileResult } from '../../../shared/domain/watchedFolder';
import { pollDueFeeds } from '../../core/connectors/feeds';
import { startConnectors } from '../../core/connectors/scheduler';
import { openCore, type Core } from '../../core/core';
import { resolveDbPath } from '../../core/paths';
import { listWatchedFolders } from '../../core/repos/watchedFolders';
import { listFeedSources, saveFeed } from '../../core/services/sourcesFeeds';
import { saveFolder, scanWatchedFolders } from '../../core/services/sourcesFolders';
import { intOption, UsageError, type Command } from '../command';

async function register(core: Core, values: Record<string, unknown>): Promise<string[]> {
  const said: string[] = [];
  if (values['add-feed']) {
    if (!values.site) throw new UsageError('--add-feed needs --site NAME (the site its posts belong to)');
    const f = await saveFeed(core, { site: values.site as string, url: values['add-feed'] as string, intervalMinutes: intOption(values, 'every', 15), enabled: true });
    said.push(`feed ${f.url} registered for ${f.siteName}, every ${f.intervalMinutes} min`);
  }
  if (values['watch-folder']) {
    const w = await saveFolder(core, { path: values['watch-folder'] as string, preset: (values.preset as string | undefined) ?? 'generic', enabled: true });
    said.push(`watching ${w.path} (preset ${w.preset})`);
  }
  return said;
}

async function listing(core: Core): Promise<string[]> {
  const feeds = (await listFeedSources(core)).map((f) => `feed ${f.url} [${f.siteName}] ${f.status}${f.lastError ? `: ${f.lastError}` : ''}`);
  const folders = (await listWatchedFolders(core.db)).map((w) => `folder ${w.path} [${w.preset}]${w.enabled ? '' : ' disabled'}`);
  return [...feeds, ...folders];
}

const feedLine = (r: FeedPollResult): string => `feed ${r.feedId}: ${r.outcome}${r.error ? ` (${r.error})` : `, ${r.imported} new of ${r.items}`}`;
const fileLine = (r: DroppedFileResult): string => `${r.file}: ${r.outcome}${r.error ? ` (${r.error})` : `, ${r.imported} imported`}`;

/** `connectors`: register feeds and watched folders, list them, or run them headless. */
export const connectorsCommand: Command = {
  name: 'connectors',
  summary: 'register, list or run the RSS/Atom feeds and watched folders headless',
  usage: `connectors [--db FILE] [--add-feed URL --site NAME [--every MIN]] [--watch-folder DIR [--preset P]]
           [--list | --once] [--json]

Feeds are polled with conditional GETs; one that fails is marked unhealthy with the reason and
retried with doubling back-off. Files dropped in a watched folder are imported once, then moved to
its done/ or failed/ folder. --once polls the due feeds and scans the folders one time and exits;
without --list or --once the connectors run until Ctrl-C (serve runs them too).`,
  options: {
    db: { type: 'string' },
    'add-feed': { type: 'string' },
    site: { type: 'string' },
    every: { type: 'string' },
    'watch-folder': { type: 'string' },
    preset: { type: 'string' },
    list: { type: 'boolean' },
    once: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run(values) {
    const core = await openCore({ dbPath: resolveDbPath(values.db as string | undefined) });
    try {
      const registered = await register(core, values);
      for (const line of registered) process.stderr.write(`${line}\n`);
      if (values.list) {
        const out = values.json ? JSON.stringify({ feeds: await listFeedSources(core), folders: await listWatchedFolders(core.db) }) : (await listing(core)).join('\n');
        process.stdout.write(`${out}\n`);
        return 0;
      }
      if (values.once) {
        const feeds = await pollDueFeeds(core);
        const files = await scanWatchedFolders(core, 0);
        process.stdout.write(values.json ? `${JSON.stringify({ feeds, files })}\n` : `${[...feeds.map(feedLine), ...files.map(fileLine)].join('\n') || 'nothing due'}\n`);
        return feeds.some((f) => f.outcome === 'failed') || files.some((f) => f.outcome === 'failed') ? 3 : 0;
      }
      if (registered.length) return 0;
      const stop = startConnectors(core, { feedTickMs: 10_000, jobs: [{ everyMs: 5_000, run: (c) => scanWatchedFolders(c) }] });
      process.stderr.write('Connectors running; Ctrl-C stops.\n');
      await new Promise<void>((resolve) => (process.once('SIGINT', resolve), process.once('SIGTERM', resolve)));
      stop();
      return 0;
    } finally {
      await core.close();
    }
  },
};
