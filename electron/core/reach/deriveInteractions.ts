import type { Db } from '../db/database';
import { deleteDerivedInteractions, findAuthorsByHandle, insertInteractionEdges, insertReplyInteractions, readPostsWithAt, type InteractionEdge } from '../repos/edges';
import { extractMentions } from './mentions';

/** Interaction edges derived from a site's stored posts. */
export interface DerivedInteractions {
  replies: number;
  mentions: number;
  reposts: number;
}

const PAGE = 5_000;

/**
 * Re-derives a site's interaction edges from its stored posts: replies (posts.parent_id: replier →
 * replied-to author), mentions (`@handle` in the text) and reposts (`RT @handle:`), each weighted by
 * how often it happened. Self-interactions are skipped. A handle that no stored author of the site
 * has (neither poster nor follow-graph account) is not an account we know, and is not linked.
 */
export async function deriveSiteInteractions(db: Db, siteId: number): Promise<DerivedInteractions> {
  const counts = await countMentions(db, siteId);
  const handles = [...new Set([...counts.keys()].map((k) => k.slice(k.indexOf(' ') + 1).slice(2)))];
  const ids = await findAuthorsByHandle(db, siteId, handles);
  const edges: InteractionEdge[] = [];
  for (const [key, weight] of counts) {
    const [from, tagged] = key.split(' ');
    const toId = ids.get(tagged.slice(2));
    if (toId === undefined || toId === Number(from)) continue;
    edges.push({ fromId: Number(from), toId, kind: tagged[0] === 'r' ? 'repost' : 'mention', weight });
  }
  return db.transaction(async (tx) => {
    await deleteDerivedInteractions(tx, siteId);
    const replies = await insertReplyInteractions(tx, siteId);
    await insertInteractionEdges(tx, edges, 'posts');
    return { replies, mentions: edges.filter((e) => e.kind === 'mention').length, reposts: edges.filter((e) => e.kind === 'repost').length };
  });
}

/** Counts `"<authorId> m:<handle>"` / `"<authorId> r:<handle>"` over the site's posts that contain an @. */
async function countMentions(db: Db, siteId: number): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const add = (key: string): void => void counts.set(key, (counts.get(key) ?? 0) + 1);
  for (let after = 0; ; ) {
    const posts = await readPostsWithAt(db, siteId, after, PAGE);
    for (const p of posts) {
      const found = extractMentions(p.text);
      for (const h of found.mentions) add(`${p.authorId} m:${h}`);
      if (found.repostOf !== null) add(`${p.authorId} r:${found.repostOf}`);
    }
    if (posts.length < PAGE) return counts;
    after = posts[posts.length - 1].id;
  }
}
