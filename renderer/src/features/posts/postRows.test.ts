import { describe, expect, it } from 'vitest';
import { addPage, NOTHING_KNOWN, postTotalLabel, rowCountOf, type RowsKnown } from './postRows';

const SIZE = 200;
const fold = (pages: [offset: number, count: number][], total: number, capped: boolean): RowsKnown =>
  pages.reduce((k, [offset, count]) => addPage(k, { offset, count, total, capped }, SIZE), NOTHING_KNOWN);

describe('post list rows', () => {
  it.each<[string, [number, number][], number, boolean, number, string]>([
    ['an exact count is the row count', [[0, 200]], 31_000, false, 31_000, '31,000 posts'],
    ['one post', [[0, 1]], 1, false, 1, '1 post'],
    ['no post', [[0, 0]], 0, false, 0, '0 posts'],
    ['a capped count leaves one page to scroll into', [[0, 200]], 10_000, true, 10_200, '10,000+ posts'],
    ['pages past the cap grow the list', [[0, 200], [10_000, 200]], 10_000, true, 10_400, '10,200+ posts'],
    ['a short page past the cap ends it exactly', [[0, 200], [10_000, 200], [10_200, 37]], 10_000, true, 10_237, '10,237 posts'],
    ['an empty page at a page boundary ends it', [[0, 200], [10_000, 200], [10_200, 0]], 10_000, true, 10_200, '10,200 posts'],
    ['a full page past an old end (new posts) reopens it', [[0, 200], [10_000, 50], [10_000, 200]], 10_000, true, 10_400, '10,200+ posts'],
  ])('%s', (_name, pages, total, capped, rows, label) => {
    const k = fold(pages, total, capped);
    expect(rowCountOf(k, SIZE)).toBe(rows);
    expect(postTotalLabel(k)).toBe(label);
  });
});
