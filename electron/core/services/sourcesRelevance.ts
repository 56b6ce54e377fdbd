import type { Db } from '../db/database';
import { compileRelevance } from '../ingest/relevance';
import { countSiteRelevance, readRelevanceChunk, readSource, setPostsRelevant } from '../repos/sources';

const CHUNK = 5000;

/**
 * Re-sorts every stored post of a site by its current relevance filters, a chunk per transaction
 * so other callers are never held up for long. Returns the site's relevant and hidden counts.
 */
export async function applyRelevance(db: Db, siteId: number): Promise<{ relevant: number; irrelevant: number }> {
  const source = await readSource(db, siteId);
  if (!source) return { relevant: 0, irrelevant: 0 };
  const test = compileRelevance(source.filters);
  let after = 0;
  for (;;) {
    const rows = await readRelevanceChunk(db, siteId, after, CHUNK);
    if (rows.length === 0) break;
    after = rows[rows.length - 1].id;
    const show: number[] = [];
    const hide: number[] = [];
    for (const r of rows) {
      const now = test(r);
      if (now !== r.relevant) (now ? show : hide).push(r.id);
    }
    if (show.length + hide.length === 0) continue;
    await db.transaction(async (tx) => {
      await setPostsRelevant(tx, show, true);
      await setPostsRelevant(tx, hide, false);
    });
  }
  return countSiteRelevance(db, siteId);
}
