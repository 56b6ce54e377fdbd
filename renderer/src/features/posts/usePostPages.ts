import { useCallback, useEffect, useRef, useState } from 'react';
import type { Post } from '../../../../shared/domain/post';
import { call } from '../../api/client';
import { addPage, NOTHING_KNOWN, type RowsKnown } from './postRows';

/** Rows fetched per request. */
export const PAGE_SIZE = 200;

/** Filters of the post list. */
export interface PostFilter {
  query: string;
  siteId?: number;
}

/**
 * Pages of posts fetched on demand as the virtual list scrolls. `rowAt(i)` returns the post or
 * undefined while its page loads. `known` is null until the first page came, then the count (capped
 * by the server at 10,000) and the pages seen (see rowCountOf). A new filter (or `reload`) starts over.
 */
export function usePostPages(filter: PostFilter) {
  const pages = useRef(new Map<number, Post[]>());
  const loading = useRef(new Set<number>());
  const generation = useRef(0);
  const knownGeneration = useRef(-1);
  const [known, setKnown] = useState<RowsKnown | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, setVersion] = useState(0);

  const fetchPage = useCallback(
    async (page: number, gen: number) => {
      if (loading.current.has(page)) return;
      loading.current.add(page);
      const r = await call('posts.search', { query: filter.query || undefined, siteId: filter.siteId, offset: page * PAGE_SIZE, limit: PAGE_SIZE });
      loading.current.delete(page);
      if (gen !== generation.current) return;
      if (!r.ok) return setError(r.error.message);
      setError(null);
      pages.current.set(page, r.value.items);
      const seen = { offset: page * PAGE_SIZE, count: r.value.items.length, total: r.value.total, capped: r.value.totalCapped };
      // The first page of a new generation starts over: an older one may have seen an old end.
      const fresh = knownGeneration.current !== gen;
      knownGeneration.current = gen;
      setKnown((k) => addPage(fresh || !k ? NOTHING_KNOWN : k, seen, PAGE_SIZE));
      setVersion((v) => v + 1);
    },
    [filter.query, filter.siteId],
  );

  const reload = useCallback(() => {
    generation.current++;
    pages.current = new Map();
    loading.current = new Set();
    void fetchPage(0, generation.current);
  }, [fetchPage]);

  useEffect(() => {
    setKnown(null);
    reload();
  }, [reload]);

  const rowAt = useCallback(
    (i: number): Post | undefined => {
      const page = Math.floor(i / PAGE_SIZE);
      const rows = pages.current.get(page);
      if (!rows) void fetchPage(page, generation.current);
      return rows?.[i - page * PAGE_SIZE];
    },
    [fetchPage],
  );

  return { known, error, rowAt, reload };
}
