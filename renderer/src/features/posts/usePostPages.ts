import { useCallback, useEffect, useRef, useState } from 'react';
import type { Post } from '../../../../shared/domain/post';
import { call } from '../../api/client';

/** Rows fetched per request. */
export const PAGE_SIZE = 200;

/** Filters of the post list. */
export interface PostFilter {
  query: string;
  siteId?: number;
}

/**
 * Pages of posts fetched on demand as the virtual list scrolls. `rowAt(i)` returns the post or
 * undefined while its page loads. A new filter (or `reload`) starts over.
 */
export function usePostPages(filter: PostFilter) {
  const pages = useRef(new Map<number, Post[]>());
  const loading = useRef(new Set<number>());
  const generation = useRef(0);
  const [total, setTotal] = useState<number | null>(null);
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
      setTotal(r.value.total);
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
    setTotal(null);
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

  return { total, error, rowAt, reload };
}
