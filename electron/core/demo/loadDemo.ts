import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoReport } from '../../../shared/domain/demo';
import type { Core } from '../core';
import type { CsvItem } from '../ingest/csvRecords';
import { genericPreset } from '../ingest/genericPreset';
import { importRecords } from '../ingest/importFile';
import type { IncomingPost } from '../ingest/preset';
import { importEdgeFile } from '../reach/importEdges';
import { listSources } from '../repos/sources';
import { saveSource } from '../services/sources';
import type { DemoSite } from './demoModel';
import { generateDemo, type DemoData, type DemoOptions } from './generateDemo';

/** A post as the generic record the import path reads (so the demo lands exactly like a file). */
export function recordOfPost(p: IncomingPost): Record<string, string> {
  return {
    id: p.externalId,
    site: p.site,
    author: p.author,
    created_at: String(p.createdAt),
    text: p.text,
    in_reply_to: p.inReplyTo ?? '',
    url: p.url ?? '',
    author_followers: p.authorFollowers === null ? '' : String(p.authorFollowers),
    author_is_company: p.authorIsCompany ? 'true' : 'false',
    lang: p.lang ?? '',
  };
}

function* itemsOf(posts: IncomingPost[]): Generator<CsvItem> {
  let line = 0;
  for (const p of posts) yield { kind: 'record', line: ++line, record: recordOfPost(p), raw: p.externalId, bytes: 0 };
}

/** Registers the demo's sites that are not in the registry yet (existing ones keep their settings). */
export async function registerDemoSites(core: Core, sites: DemoSite[]): Promise<void> {
  const known = new Set((await listSources(core.db)).map((s) => s.name));
  for (const s of sites) {
    if (known.has(s.name)) continue;
    await saveSource(core, { ...s, enabled: true });
  }
}

async function storeFollows(core: Core, data: DemoData): Promise<number> {
  if (data.follows.length === 0) return 0;
  const dir = mkdtempSync(join(tmpdir(), 'lp-demo-'));
  try {
    const path = join(dir, 'demo-follows.csv');
    writeFileSync(path, `follower,followee\n${data.follows.map((f) => `${f.follower},${f.followee}`).join('\n')}\n`);
    const r = await importEdgeFile(core.db, { path, format: 'csv', site: 'twitter', kind: 'follow' }, core.now);
    return r.edges;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Generates the demo and stores it through the same paths as real data: sites registered with
 * their policies, filters and company accounts, posts imported (one import log entry), and the
 * follower graph imported as an edge file. Loading twice adds nothing twice.
 */
export async function loadDemo(core: Core, opts: DemoOptions = {}): Promise<DemoReport> {
  const seed = opts.seed ?? 7;
  const data = generateDemo({ ...opts, seed });
  await registerDemoSites(core, data.sites);
  const report = await importRecords(core.db, { label: `demo (seed ${seed})`, items: itemsOf(data.posts), bytesTotal: 0 }, { preset: genericPreset, now: core.now });
  const follows = await storeFollows(core, data);
  if (report.imported > 0) core.events.emit('posts.ingested', { count: report.imported, at: core.now() });
  core.events.emit('imports.finished', report);
  return { sites: data.sites.length, posts: data.posts.length, imported: report.imported, duplicates: report.duplicates, follows, seed };
}
