import type { Method, Req, Res } from '../../../shared/contract/api';
import { AppFailure } from '../../../shared/contract/result';
import type { SourceFilters, SourceInput, SourceSaved } from '../../../shared/domain/source';
import type { Core } from '../core';
import { loadDemo } from '../demo/loadDemo';
import { readSiteFigures } from '../repos/sourceFigures';
import { countSiteRelevance, listSources, readSource, saveSourceRow, setCompanyHandles } from '../repos/sources';
import { refreshThreadsOfAuthors } from '../repos/threads';
import { pollDueFeeds } from '../connectors/feeds';
import { listWatchedFolders } from '../repos/watchedFolders';
import { listFeedSources, pollFeedNow, saveFeed } from './sourcesFeeds';
import { saveFolder, scanWatchedFolders } from './sourcesFolders';
import { cancelImport, listPresets, previewFile, startImport } from './sourcesImports';
import { applyRelevance } from './sourcesRelevance';

const cleanList = (items: string[]): string[] => [...new Set(items.map((s) => s.trim()).filter((s) => s !== ''))];

/** Trims and de-duplicates the filter terms a supervisor typed. */
export function cleanFilters(f: SourceFilters): SourceFilters {
  return { keywords: cleanList(f.keywords), brands: cleanList(f.brands), exclude: cleanList(f.exclude), languages: cleanList(f.languages).map((l) => l.toLowerCase()) };
}

/**
 * Adds or edits a site of the registry. Company handles are marked (thread response times
 * follow), and when the filters or handles changed every stored post of the site is re-sorted
 * into relevant and hidden. Emits `sources.changed` so open views reload.
 */
export async function saveSource(core: Core, input: SourceInput): Promise<SourceSaved> {
  const name = input.name.trim();
  if (name === '') throw new AppFailure('invalid-request', 'name must not be blank', 'name');
  const before = input.id === undefined ? undefined : await readSource(core.db, input.id);
  if (input.id !== undefined && !before) throw new AppFailure('not-found', `no site with id ${input.id}`, 'id');
  const clean: SourceInput = { ...input, name, filters: cleanFilters(input.filters), companyHandles: cleanList(input.companyHandles) };
  const id = await core.db.transaction(async (tx) => {
    const siteId = await saveSourceRow(tx, clean, core.now());
    await refreshThreadsOfAuthors(tx, await setCompanyHandles(tx, siteId, clean.companyHandles));
    return siteId;
  });
  const source = await readSource(core.db, id);
  if (!source) throw new AppFailure('internal', `site ${id} vanished while saving`);
  const resort = !before || JSON.stringify([before.filters, before.companyHandles]) !== JSON.stringify([source.filters, source.companyHandles]);
  const counts = resort ? await applyRelevance(core.db, id) : await countSiteRelevance(core.db, id);
  core.events.emit('sources.changed', { siteId: id, at: core.now() });
  return { source, ...counts };
}

type SourcesMethod = 'sources.list' | 'sources.save' | 'sources.figures' | 'demo.load' | 'imports.preview' | 'imports.presets' | 'imports.start' | 'imports.cancel' | 'feeds.list' | 'feeds.save' | 'feeds.poll' | 'folders.list' | 'folders.save' | 'folders.scan';

/** Handlers of the Sources view: the registry, file imports (preview, presets, start, cancel) and the demo data. */
export const SOURCES_HANDLERS: { [M in SourcesMethod & Method]: (core: Core, req: Req<M>) => Promise<Res<M>> } = {
  'sources.list': (core) => listSources(core.db),
  'sources.save': (core, req) => saveSource(core, req),
  'sources.figures': (core) => readSiteFigures(core.db),
  'demo.load': (core, req) => loadDemo(core, req),
  'imports.preview': (_core, req) => previewFile(req.path, req.rows),
  'imports.presets': (core) => listPresets(core),
  'imports.start': (core, req) => startImport(core, req),
  'imports.cancel': async (core, req) => cancelImport(core, req.importId),
  'feeds.list': (core) => listFeedSources(core),
  'feeds.save': (core, req) => saveFeed(core, req),
  'feeds.poll': async (core, req) => (req.id === undefined ? pollDueFeeds(core) : [await pollFeedNow(core, req.id)]),
  'folders.list': (core) => listWatchedFolders(core.db),
  'folders.save': (core, req) => saveFolder(core, req),
  'folders.scan': (core) => scanWatchedFolders(core),
};
