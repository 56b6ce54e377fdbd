import { describe, expect, it } from 'vitest';
import { linkBatch, postKey, type LinkInput, type StoredRef } from './linkBatch';

const p = (externalId: string, inReplyTo: string | null = null, site = 1): LinkInput => ({ site, externalId, inReplyTo });
const stored = (entries: [string, StoredRef][]): Map<string, StoredRef> => new Map(entries.map(([ext, ref]) => [postKey(1, ext), ref]));

describe('linkBatch', () => {
  it('gives new posts consecutive ids and links replies in any order', () => {
    const r = linkBatch([p('c', 'b'), p('a'), p('b', 'a'), p('z', 'missing')], new Map(), 10);
    expect(r.ids).toEqual([11, 12, 13, 14]);
    expect(r.parentIds).toEqual([13, null, 12, null]);
    expect(r.rootIds).toEqual([12, null, 12, null]);
  });

  it('skips stored posts and repeats, and links to stored parents and their roots', () => {
    const known = stored([
      ['root', { id: 3, parentId: null, threadRootId: null }],
      ['mid', { id: 5, parentId: 3, threadRootId: 3 }],
    ]);
    const r = linkBatch([p('mid'), p('x', 'mid'), p('x', 'mid'), p('y', 'root')], known, 9);
    expect(r.ids).toEqual([null, 10, null, 11]);
    expect(r.parentIds).toEqual([null, 5, null, 3]);
    expect(r.rootIds).toEqual([null, 3, null, 3]);
  });

  it('keeps sites apart', () => {
    const r = linkBatch([p('1', null, 1), p('2', '1', 2)], new Map(), 0);
    expect(r.parentIds).toEqual([null, null]);
  });

  it.each([
    ['a self-reply', [p('a', 'a')], [null], [null]],
    ['a two-post cycle', [p('a', 'b'), p('b', 'a')], [2, null], [2, null]],
  ])('breaks %s', (_name, posts, parents, roots) => {
    const r = linkBatch(posts, new Map(), 0);
    expect(r.parentIds).toEqual(parents);
    expect(r.rootIds).toEqual(roots);
  });
});
