import { useEffect, useState } from 'react';
import type { LiveDrillPage } from '../../../../shared/domain/live';
import { call } from '../../api/client';
import { formatTotal } from '../../format';
import { PostRow } from '../posts/PostRow';
import type { Drill } from './drillOf';

/** The posts behind a clicked chart point, newest first (text rendered as text by PostRow). */
export function DrillDrawer(props: { drill: Drill; onClose(): void }) {
  const [page, setPage] = useState<LiveDrillPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setPage(null);
    void call('live.drill', { ...props.drill.request, limit: 100 }).then((r) => (r.ok ? setPage(r.value) : setError(r.error.message)));
  }, [props.drill]);
  return (
    <aside className="drill" data-testid="drill-drawer" aria-label="Posts behind the point">
      <header>
        <h2>{props.drill.title}</h2>
        <span className="muted" data-testid="drill-total">{page ? `${formatTotal(page.total, page.totalCapped)} ${page.total === 1 && !page.totalCapped ? 'post' : 'posts'}` : '…'}</span>
        <button type="button" aria-label="Close" onClick={props.onClose}>×</button>
      </header>
      {error && <div className="error-banner" role="alert">{error}</div>}
      <div className="drill-list">
        {page?.total === 0 && <p className="muted drill-empty">No posts behind this point.</p>}
        {page?.items.map((p) => <PostRow key={p.id} post={p} />)}
      </div>
    </aside>
  );
}
