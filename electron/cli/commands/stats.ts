import { openCore } from '../../core/core';
import { resolveDbPath } from '../../core/paths';
import { readStats } from '../../core/repos/stats';
import type { Command } from '../command';

/** `stats`: counts of posts, authors, sites and the schema version. */
export const statsCommand: Command = {
  name: 'stats',
  summary: 'print counts of posts, authors and sites',
  usage: 'stats [--db FILE] [--json]',
  options: { db: { type: 'string' }, json: { type: 'boolean' } },
  async run(values) {
    const core = await openCore({ dbPath: resolveDbPath(values.db as string | undefined) });
    try {
      const stats = await readStats(core.db, core.schemaVersion);
      if (values.json) process.stdout.write(`${JSON.stringify(stats)}\n`);
      else {
        process.stdout.write(`posts ${stats.posts}\nauthors ${stats.authors}\nsites ${stats.sites}\nthreads ${stats.threads}\nschema ${stats.schemaVersion}\n`);
        for (const s of stats.perSite) process.stdout.write(`  ${s.site}: ${s.posts}\n`);
      }
      return 0;
    } finally {
      await core.close();
    }
  },
};
