import { openCore } from '../../core/core';
import { loadDemo } from '../../core/demo/loadDemo';
import { resolveDbPath } from '../../core/paths';
import { intOption, type Command } from '../command';

/** `demo`: fill a database with the seeded demo data, headless. */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'fill a database with a few weeks of generated demo posts (no network, no third-party data)',
  usage: `demo [--db FILE] [--seed N] [--days N] [--json]

Generates a believable few weeks (default 21 days, ending now) of posts about the fictional
"Acme Air" on five sites (microblog, own page, forum, rant site, trade news): threads with company
replies, three customers who stay unhappy, a viral complaint, an advocate, spam that the relevance
filters hide, and a follower graph. The same seed gives the same people and stories. Loading it
again adds nothing twice. With --json, prints one object with the counts.`,
  options: { db: { type: 'string' }, seed: { type: 'string' }, days: { type: 'string' }, json: { type: 'boolean' } },
  async run(values) {
    const seed = intOption(values, 'seed', 7);
    const days = intOption(values, 'days', 21);
    const core = await openCore({ dbPath: resolveDbPath(values.db as string | undefined) });
    try {
      const r = await loadDemo(core, { seed, days });
      if (values.json) process.stdout.write(`${JSON.stringify(r)}\n`);
      else {
        process.stdout.write(`Demo data (seed ${r.seed}) in ${core.db.file}: ${r.imported} posts added (${r.duplicates} already there) on ${r.sites} sites, ${r.follows} follow edges.\n`);
      }
      return 0;
    } finally {
      await core.close();
    }
  },
};
