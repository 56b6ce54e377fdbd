import { useEffect, useState } from 'react';
import type { ReportProgress, ReportRequest, WeeklyReport } from '../../../../shared/domain/report';
import type { AppInfo } from '../../../../shared/domain/stats';
import type { Site } from '../../../../shared/domain/site';
import { call, subscribe } from '../../api/client';

/** The report of a request: the newest answer wins; progress from `reports.progressed` while it loads. */
export function useReport(request: ReportRequest | null) {
  const [report, setReport] = useState<WeeklyReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const progress = useProgress(loading);
  const key = request ? JSON.stringify(request) : '';
  useEffect(() => {
    if (!key) return;
    let current = true;
    setLoading(true);
    void call('reports.get', JSON.parse(key) as ReportRequest).then((r) => {
      if (!current) return;
      setLoading(false);
      if (r.ok) {
        setReport(r.value);
        setError(null);
      } else setError(r.error.message);
    });
    return () => {
      current = false;
    };
  }, [key]);
  return { report, error, loading, progress };
}

/** The latest `reports.progressed` step while `active` (cleared when it starts again). */
export function useProgress(active: boolean): ReportProgress | null {
  const [progress, setProgress] = useState<ReportProgress | null>(null);
  useEffect(() => {
    if (!active) return;
    setProgress(null);
    return subscribe('reports.progressed', setProgress);
  }, [active]);
  return progress;
}

/** Sites for the filter, whether the database is read-only, and the newest/oldest post times (for the default week). */
export function useReportContext() {
  const [sites, setSites] = useState<Site[]>([]);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [posts, setPosts] = useState<{ newest: number; oldest: number } | null | undefined>(undefined);
  useEffect(() => {
    void call('sites.list', {}).then((r) => r.ok && setSites(r.value));
    void call('app.info', {}).then((r) => r.ok && setInfo(r.value));
    void postSpan().then(setPosts);
  }, []);
  return { sites, info, posts };
}

/** Newest and oldest post times (one post from each end of posts.search), null when there are none. */
async function postSpan(): Promise<{ newest: number; oldest: number } | null> {
  const first = await call('posts.search', { limit: 1, includeIrrelevant: true });
  if (!first.ok || !first.value.items[0]) return null;
  const last = await call('posts.search', { limit: 1, oldestFirst: true, includeIrrelevant: true });
  const newest = first.value.items[0].createdAt;
  return { newest, oldest: last.ok && last.value.items[0] ? last.value.items[0].createdAt : newest };
}
