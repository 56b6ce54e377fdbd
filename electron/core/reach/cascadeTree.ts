import type { CascadeEdge, CascadeVia } from '../../../shared/domain/reach';
import type { SentimentLabel } from '../../../shared/sentiment/types';
import type { CascadePostRow } from '../repos/cascades';
import { extractMentions } from './mentions';

/** An author of a cascade before metrics are joined: their first post in it. */
export interface CascadeEntry {
  authorId: number;
  via: CascadeVia;
  postId: number;
  at: number;
  depth: number;
  sentiment: SentimentLabel | null;
  postsInThread: number;
}

/** The tree of authors of a thread, in order of first post. */
export interface CascadeTree {
  entries: CascadeEntry[];
  tree: CascadeEdge[];
}

const squash = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * True when `text` reposts the root: it starts `RT @handle:` naming the root's author and what
 * follows (its first 20 characters, spaces squashed) appears in the root's text.
 */
export function repostsRoot(text: string, handle: string, rootText: string): boolean {
  const m = extractMentions(text);
  if (m.repostOf !== handle.toLowerCase()) return false;
  const body = squash(text.replace(/^\s*RT @\w{1,30}:?/, '')).slice(0, 20);
  return body.length === 0 || squash(rootText).includes(body);
}

/**
 * Builds the cascade of a thread. Each author appears once, at their first post (time order, ties
 * by id); a reply hangs under the author of the post it answers, a repost or mention of the root's
 * author under the root author. A reply whose parent's author has not appeared yet (clock skew,
 * missing posts) hangs under the root author, so the result is always a tree rooted at the root
 * author. `posts` must be the thread in time order with the root first; `naming` the posts outside
 * it that name the root's author.
 */
export function buildCascadeTree(posts: readonly CascadePostRow[], naming: readonly CascadePostRow[], rootHandle: string): CascadeTree {
  const root = posts[0];
  if (!root) return { entries: [], tree: [] };
  const authorOfPost = new Map(posts.map((p) => [p.id, p.authorId]));
  const tagged: Array<{ post: CascadePostRow; via: CascadeVia }> = [
    ...posts.map((post, i) => ({ post, via: (i === 0 ? 'root' : 'reply') as CascadeVia })),
    ...naming.flatMap((post): Array<{ post: CascadePostRow; via: CascadeVia }> => {
      if (repostsRoot(post.text, rootHandle, root.text)) return [{ post, via: 'repost' }];
      return extractMentions(post.text).mentions.includes(rootHandle.toLowerCase()) ? [{ post, via: 'mention' }] : [];
    }),
  ];
  tagged.sort((a, b) => (a.via === 'root' ? -1 : b.via === 'root' ? 1 : a.post.createdAt - b.post.createdAt || a.post.id - b.post.id));
  const byAuthor = new Map<number, CascadeEntry>();
  const entries: CascadeEntry[] = [];
  const tree: CascadeEdge[] = [];
  for (const { post, via } of tagged) {
    const seen = byAuthor.get(post.authorId);
    if (seen) {
      seen.postsInThread++;
      continue;
    }
    const parentAuthor = via === 'reply' && post.parentId !== null ? authorOfPost.get(post.parentId) : root.authorId;
    const parent = byAuthor.get(parentAuthor ?? root.authorId) ?? byAuthor.get(root.authorId);
    const entry: CascadeEntry = { authorId: post.authorId, via, postId: post.id, at: post.createdAt, depth: parent ? parent.depth + 1 : 0, sentiment: post.label, postsInThread: 1 };
    byAuthor.set(post.authorId, entry);
    entries.push(entry);
    if (parent) tree.push({ source: parent.authorId, target: post.authorId, via: via === 'root' ? 'reply' : via });
  }
  return { entries, tree };
}
