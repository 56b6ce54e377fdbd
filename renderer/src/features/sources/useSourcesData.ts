import { useCallback, useEffect, useRef, useState } from 'react';
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
  /** Reloads the registry and imports, and the figures unless `withFigures` is false and they are fresh. */
  reload(withFigures?: boolean): void;
  save(input: SourceInput): Promise<{ ok: true; value: SourceSaved } | { ok: false; message: string; field?: string }>;
}

/** Least time between two refreshes of the per-site figures while posts stream in. */
const FIGURES_EVERY_MS = 5_000;

/** Loads the registry, its per-site figures and the recent imports. */
export function useSourcesData(): SourcesData {
  const [sources, setSources] = useState<Source[]>([]);
  const [figures, setFigures] = useState(new Map<number, SiteFigures>());
  const [imports, setImports] = useState<ImportReport[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);

  // Per-site figures scan every post (seconds on a million), so while an import streams posts in
  // they refresh at most every FIGURES_EVERY_MS and never twice at once; the registry and the
  // imports table do not wait for them.
  const figuresRunning = useRef(false);
  const figuresAt = useRef(0);
  const loadFigures = useCallback(() => {
    if (figuresRunning.current) return;
    figuresRunning.current = true;
    figuresAt.current = Date.now();
    void call('sources.figures', {}).then((f) => {
      figuresRunning.current = false;
      if (f.ok) setFigures(new Map(f.value.map((x) => [x.siteId, x])));
      else setError(f.error.message);
    });
  }, []);

  const reload = useCallback(
    (withFigures = true) => {
      void Promise.all([call('sources.list', {}), call('imports.list', { limit: 20 })]).then(([s, i]) => {
        const bad = [s, i].find((r) => !r.ok);
        setError(bad && !bad.ok ? bad.error.message : null);
        if (s.ok) setSources(s.value);
        if (i.ok) setImports(i.value);
        setLoaded(true);
      });
      if (withFigures || Date.now() - figuresAt.current >= FIGURES_EVERY_MS) loadFigures();
    },
    [loadFigures],
  );

  useEffect(() => {
    reload();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let figuresDue = false;
    // Imports push many events; reload at most twice a second.
    const soon = (figures: boolean) => (): void => {
      figuresDue ||= figures;
      if (timer === undefined) timer = setTimeout(() => ((timer = undefined), reload(figuresDue), (figuresDue = false)), 500);
    };
    const offs = [subscribe('sources.changed', soon(true)), subscribe('imports.finished', soon(true)), subscribe('posts.ingested', soon(false))];
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
