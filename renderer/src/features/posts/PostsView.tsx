import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { Site } from '../../../../shared/domain/site';
import { call, subscribe } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { DemoOffer } from '../sources/DemoOffer';
import { PostRow } from './PostRow';
import { postTotalLabel, rowCountOf } from './postRows';
import { PAGE_SIZE, usePostPages } from './usePostPages';

/** Searchable, paged, virtualised list of stored posts, newest first. */
export function PostsView() {
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  const [siteId, setSiteId] = useState<number | undefined>();
  const [sites, setSites] = useState<Site[]>([]);
  const { known, error, rowAt, reload } = usePostPages({ query, siteId });
  const scroller = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const t = setTimeout(() => setQuery(input), 200);
    return () => clearTimeout(t);
  }, [input]);
  useEffect(() => {
    const load = (): void => void call('sites.list', {}).then((r) => r.ok && setSites(r.value));
    load();
    return subscribe('posts.ingested', () => (load(), reload()));
  }, [reload]);

  const virtual = useVirtualizer({
    count: known ? rowCountOf(known, PAGE_SIZE) : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => 76,
    overscan: 8,
  });

  return (
    <section className="view posts-view" data-testid="posts-view">
      <div className="toolbar">
        <input
          type="search"
          className="search"
          placeholder="Search text or author…"
          aria-label="Search posts"
          data-testid="post-search"
          value={input}
          onChange={(e) => setInput(e.target.value)}
        />
        <select aria-label="Site" data-testid="site-filter" value={siteId ?? ''} onChange={(e) => setSiteId(e.target.value ? Number(e.target.value) : undefined)}>
          <option value="">All sites</option>
          {sites.map((s) => (
            <option key={s.id} value={s.id}>{s.name}</option>
          ))}
        </select>
        <span className="muted" data-testid="post-total">{known ? postTotalLabel(known) : '…'}</span>
      </div>
      {error && <div className="error-banner" role="alert">{error}</div>}
      {known?.total === 0 && (
        <EmptyState title={query ? 'No posts match' : 'No posts yet'}>
          <p>{query ? 'Try another word or clear the search.' : 'Import a file: npm run --silent cli -- import --preset generic FILE.csv'}</p>
          {!query && <DemoOffer />}
        </EmptyState>
      )}
      <div className="scroller" ref={scroller} data-testid="post-list">
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((item) => (
            <div key={item.key} data-index={item.index} ref={virtual.measureElement} className="virtual-row" style={{ transform: `translateY(${item.start}px)` }}>
              <PostRow post={rowAt(item.index)} />
            </div>
          ))}
        </div>
      </div>
    </section>
  );
}
