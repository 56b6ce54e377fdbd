import type { Queryable } from '../db/database';
import { insertMany } from './sql';

/** A language a source stated for one post. */
export interface PostLang {
  siteId: number;
  externalId: string;
  lang: string;
}

/**
 * Stores the languages sources stated for posts added after `sinceId`. Kept apart from the bulk
 * insert because few sources state a language, so most batches never come here.
 */
export async function storePostLangs(q: Queryable, sinceId: number, langs: PostLang[]): Promise<void> {
  if (langs.length === 0) return;
  await q.exec('CREATE TEMP TABLE IF NOT EXISTS post_langs (site_id INTEGER NOT NULL, external_id TEXT NOT NULL, lang TEXT NOT NULL, PRIMARY KEY (site_id, external_id)); DELETE FROM temp.post_langs;');
  await insertMany(q, 'INSERT OR REPLACE INTO temp.post_langs (site_id, external_id, lang)', 3, langs.map((l) => [l.siteId, l.externalId, l.lang]));
  await q.run(
    `UPDATE posts SET lang = l.lang FROM temp.post_langs l
     WHERE posts.id > ? AND posts.site_id = l.site_id AND posts.external_id = l.external_id`,
    [sinceId],
  );
}
