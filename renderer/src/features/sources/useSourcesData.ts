import { useCallback, useEffect, useState } from 'react';
import type { ImportReport } from '../../../../shared/domain/importReport';
import type { SiteFigures, Source, SourceInput, SourceSaved } from '../../../../shared/domain/source';
import { call, subscribe } from '../../api/client';

/** Everything the Sources view shows, reloaded when sites, imports or posts change. */
export interface SourcesData {
  sources: Source[];
  figures: Map<number, SiteFigures>;
  imports: ImportReport[];
  error: string | null;
  loaded: boolean;
  reload(): void;
  save(input: SourceInput): Promise<{ ok: true; value: SourceSaved } | { ok: false; message: string; field?: string }>;
}

/** Loads the registry, its per-site figures and the recent imports. */
export function useSourcesData(): SourcesData {
  const [sources, setSources] = useState<Source[]>([]);
  const [figures, setFigures] = useState(new Map<number, SiteFigures>());
  const [imports, setImports] = useState<ImportReport[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);

  const reload = useCallback(() => {
    void Promise.all([call('sources.list', {}), call('sources.figures', {}), call('imports.list', { limit: 20 })]).then(([s, f, i]) => {
      const bad = [s, f, i].find((r) => !r.ok);
      setError(bad && !bad.ok ? bad.error.message : null);
      if (s.ok) setSources(s.value);
      if (f.ok) setFigures(new Map(f.value.map((x) => [x.siteId, x])));
      if (i.ok) setImports(i.value);
      setLoaded(true);
    });
  }, []);

  useEffect(() => {
    reload();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Imports push many events; reload at most twice a second.
    const soon = (): void => {
      if (timer === undefined) timer = setTimeout(() => ((timer = undefined), reload()), 500);
    };
    const offs = [subscribe('sources.changed', soon), subscribe('imports.finished', soon), subscribe('posts.ingested', soon)];
    return () => {
      offs.forEach((off) => off());
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [reload]);

  const save = useCallback(
    async (input: SourceInput) => {
      const r = await call('sources.save', input);
      if (!r.ok) return { ok: false as const, message: r.error.message, field: r.error.field };
      reload();
      return { ok: true as const, value: r.value };
    },
    [reload],
  );

  return { sources, figures, imports, error, loaded, reload, save };
}
